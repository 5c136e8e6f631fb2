export { COLUMN, RATING_COLUMNS, REQUIRED_COLUMNS } from "./columns.js";
export { readDate } from "./dates.js";
export { createGraphClient, type GraphClient, GraphError, signIn } from "./graph.js";
export { type ChangeCount, type ImportOptions, type ImportProgress, type ImportReport, importIrm, KINDS, type Kind } from "./importer.js";
export { classify, splitNames } from "./organisations.js";
export type { RowProblem } from "./rows.js";
