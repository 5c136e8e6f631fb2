import { isSupportUnit, type Viewer } from "@ogc/kit";

/** What a record says about who submitted it. */
export interface Submitted {
  submittedBy: string;
  partnerId: string | null;
}

/**
 * Who sees a record that is not public yet (a submitted or rejected story or nomination): the support unit, the
 * account that submitted it, and the other editors of the partner it was submitted for.
 */
export function isSubmitterOrSupport(viewer: Viewer | null, record: Submitted): boolean {
  if (!viewer) return false;
  if (isSupportUnit(viewer)) return true;
  if (viewer.accountId === record.submittedBy) return true;
  return viewer.partnerId !== null && record.partnerId === viewer.partnerId;
}
