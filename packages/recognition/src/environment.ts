import { parseEnv, subgraphEnvSchema } from "@ogc/kit";
import { z } from "zod";

/** The kit's subgraph variables plus the recognition subgraph's own. */
export const recognitionEnvSchema = subgraphEnvSchema(4005).extend({
  /** The directory subgraph, asked whether a member exists when a story or a nomination names one. */
  DIRECTORY_URL: z.url({ error: "must be a URL, e.g. http://localhost:4002/graphql" }).default("http://localhost:4002/graphql"),
  /** The challenge subgraph, asked about a nomination's commitments (their member and status). */
  CHALLENGE_URL: z.url({ error: "must be a URL, e.g. http://localhost:4004/graphql" }).default("http://localhost:4004/graphql"),
});

export type RecognitionEnv = z.infer<typeof recognitionEnvSchema>;

export function loadRecognitionEnv(source: NodeJS.ProcessEnv = process.env): RecognitionEnv {
  return parseEnv(recognitionEnvSchema, source);
}

/** The recognition subgraph's environment, read once at start-up. */
export const env = loadRecognitionEnv();
