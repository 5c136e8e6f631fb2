import { parseEnv, subgraphEnvSchema } from "@ogc/kit";
import { z } from "zod";

/** The kit's subgraph variables plus the directory's own. */
export const directoryEnvSchema = subgraphEnvSchema(4002).extend({
  /** `true` loads a few demo members, institutions, partners and plans into an empty directory at start-up. */
  SEED_DEMO_DATA: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
});

export type DirectoryEnv = z.infer<typeof directoryEnvSchema>;

export function loadDirectoryEnv(source: NodeJS.ProcessEnv = process.env): DirectoryEnv {
  return parseEnv(directoryEnvSchema, source);
}

/** The directory's environment, read once at start-up. */
export const env = loadDirectoryEnv();
