import "reflect-metadata";

export { Challenge } from "./challenge.js";
export type { ChallengeContext } from "./context.js";
export { type DirectoryClient, HttpDirectoryClient } from "./directory/directory-client.js";
export { InMemoryDirectoryClient } from "./directory/in-memory-directory-client.js";
export { buildChallengeSchema, createChallengeSubgraph } from "./subgraph.js";
