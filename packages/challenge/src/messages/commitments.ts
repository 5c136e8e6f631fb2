import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the error messages of commitments, milestones, eligibility, IRM ratings and statistics, keyed by their English template (kit's messages.ts). */
export const commitmentMessages: MessageCatalog = {};
