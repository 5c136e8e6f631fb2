import "reflect-metadata";
import { runSubgraph } from "@ogc/kit";
import { env } from "./environment.js";
import { entityReferenceChecker } from "./references/reference-checker.js";
import { createRecognitionSubgraph } from "./subgraph.js";

await runSubgraph(
  createRecognitionSubgraph(entityReferenceChecker({ directoryUrl: env.DIRECTORY_URL, challengeUrl: env.CHALLENGE_URL })),
  env,
);
