import { ForbiddenError, isSupportUnit, Role, requireViewer, type Viewer } from "@ogc/kit";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Commitment } from "./commitment.entity.js";

/**
 * Who sees and changes what. Published commitments (submitted at least once; a withdrawn one stays published, for
 * accountability) are public. Drafts, and commitments withdrawn while still drafts, are seen only by the officers of
 * their lead institution and by the support unit.
 */

/** An officer of the commitment's lead institution, acting for its member. */
export function isOwner(viewer: Viewer | null, commitment: Pick<Commitment, "memberId" | "leadInstitutionId">): boolean {
  return (
    viewer !== null &&
    viewer.role === Role.INSTITUTION_OFFICER &&
    viewer.memberId === commitment.memberId &&
    commitment.leadInstitutionId !== null &&
    viewer.institutionIds.includes(commitment.leadInstitutionId)
  );
}

export function canSee(viewer: Viewer | null, commitment: Commitment): boolean {
  return commitment.publishedAt !== null || isSupportUnit(viewer) || isOwner(viewer, commitment);
}

/** The viewer, if they own the commitment or are the support unit: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function requireOwnerOrSupport(viewer: Viewer | null, commitment: Pick<Commitment, "memberId" | "leadInstitutionId">): Viewer {
  const signedIn = requireViewer(viewer);
  if (isSupportUnit(signedIn) || isOwner(signedIn, commitment)) return signedIn;
  throw new ForbiddenError("Only officers of the commitment's lead institution and the support unit may do this.");
}

/** `canSee` as an SQL condition on a commitment (alias `alias`), with its parameters; null when the viewer sees every one. */
export function visibleCondition(alias: string, viewer: Viewer | null): { where: string; parameters: ObjectLiteral } | null {
  if (isSupportUnit(viewer)) return null;
  if (viewer?.role === Role.INSTITUTION_OFFICER && viewer.memberId && viewer.institutionIds.length > 0) {
    return {
      where: `(${alias}.publishedAt IS NOT NULL OR (${alias}.memberId = :__viewerMember AND ${alias}.leadInstitutionId IN (:...__viewerInstitutions)))`,
      parameters: { __viewerMember: viewer.memberId, __viewerInstitutions: viewer.institutionIds },
    };
  }
  return { where: `${alias}.publishedAt IS NOT NULL`, parameters: {} };
}

/** Restricts a commitment query (alias `alias`) to what `viewer` may see. */
export function whereVisible<T extends object>(query: SelectQueryBuilder<T>, alias: string, viewer: Viewer | null): SelectQueryBuilder<T> {
  const visible = visibleCondition(alias, viewer);
  return visible ? query.andWhere(visible.where, visible.parameters) : query;
}
