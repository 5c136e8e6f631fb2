import "reflect-metadata";

export type { RecognitionContext } from "./context.js";
export { Recognition } from "./recognition.js";
export { InMemoryReferenceChecker } from "./references/in-memory-reference-checker.js";
export {
  COMMITMENT_SELECTION,
  type CommitmentReference,
  entityReferenceChecker,
  MEMBER_SELECTION,
  type MemberReference,
  type ReferenceChecker,
} from "./references/reference-checker.js";
export { buildRecognitionSchema, createRecognitionSubgraph } from "./subgraph.js";
