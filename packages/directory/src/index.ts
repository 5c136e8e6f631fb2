import "reflect-metadata";

export type { DirectoryContext } from "./context.js";
export { Directory } from "./directory.js";
export { seedDirectoryDemoData } from "./seed/demo-data.js";
export { directorySubgraph } from "./subgraph.js";
