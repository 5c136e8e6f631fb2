import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the error messages of coordination, co-creation, reviews, the directory client and the shared code, keyed by their English template (kit's messages.ts). */
export const coordinationMessages: MessageCatalog = {};
