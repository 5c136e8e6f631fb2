import { parseEnv, subgraphEnvSchema } from "@ogc/kit";
import { z } from "zod";

/** The kit's subgraph variables plus the challenge subgraph's own. */
export const challengeEnvSchema = subgraphEnvSchema(4004).extend({
  /** The directory subgraph, asked to check members, institutions and action plans a commitment references. */
  DIRECTORY_URL: z
    .url({ error: "must be the directory subgraph's GraphQL URL, e.g. http://localhost:4002/graphql" })
    .default("http://localhost:4002/graphql"),
  /** The identity subgraph, asked whether the account named as a coordination case's facilitator is an active support-unit one. */
  IDENTITY_URL: z
    .url({ error: "must be the identity subgraph's GraphQL URL, e.g. http://localhost:4003/graphql" })
    .default("http://localhost:4003/graphql"),
  /**
   * Accepted for symmetry with the other subgraphs; there is no challenge demo data (it would have to reference the
   * directory's demo ids, which are generated), so it loads nothing.
   */
  SEED_DEMO_DATA: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
});

export type ChallengeEnv = z.infer<typeof challengeEnvSchema>;

export function loadChallengeEnv(source: NodeJS.ProcessEnv = process.env): ChallengeEnv {
  return parseEnv(challengeEnvSchema, source);
}
