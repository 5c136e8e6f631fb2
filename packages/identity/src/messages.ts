import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the identity subgraph's error messages, keyed by their English template (kit's messages.ts). */
export const identityMessages: MessageCatalog = {};
