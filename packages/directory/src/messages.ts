import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the directory subgraph's error messages, keyed by their English template (kit's messages.ts). */
export const directoryMessages: MessageCatalog = {};
