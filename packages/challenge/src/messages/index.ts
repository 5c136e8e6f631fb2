import type { MessageCatalog } from "@ogc/kit";
import { commitmentMessages } from "./commitments.js";
import { coordinationMessages } from "./coordination.js";

/** The Spanish and French of the challenge subgraph's error messages, keyed by their English template (kit's messages.ts). */
export const challengeMessages: MessageCatalog = { ...commitmentMessages, ...coordinationMessages };
