import type { Viewer } from "@ogc/kit";

/** Who is making a change, for the audit log. Services take it so they can be called without GraphQL (the importer). */
export interface Actor {
  viewer: Viewer | null;
  requestId: string | null;
}
