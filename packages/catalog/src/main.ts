import "reflect-metadata";
import { runSubgraph } from "@ogc/kit";
import { env } from "./environment.js";
import { catalogSubgraph } from "./subgraph.js";

await runSubgraph(catalogSubgraph, env);
