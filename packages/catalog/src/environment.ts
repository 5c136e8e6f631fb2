import { loadSubgraphEnv } from "@ogc/kit";

/** The catalog's environment, read once at start-up. */
export const env = loadSubgraphEnv(4001);
