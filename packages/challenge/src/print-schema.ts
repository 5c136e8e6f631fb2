import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { printFederatedSchema } from "@ogc/kit";
import { buildChallengeSchema } from "./subgraph.js";

/** Writes the committed `schema.graphql` (the SDL the gateway composes). */
const target = new URL("../schema.graphql", import.meta.url);
writeFileSync(target, printFederatedSchema(await buildChallengeSchema()));
console.log(`wrote ${target.pathname}`);
