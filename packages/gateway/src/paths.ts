import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** packages/gateway, found from this file's place in packages/gateway/{src,dist} (the same from tests and from the build). */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The repository root, where the subgraphs' `sdlPath`s start. */
export const repoRoot = resolve(packageRoot, "../..");

/** The committed supergraph the gateway serves by default. */
export const supergraphPath = resolve(packageRoot, "supergraph.graphql");

/** The committed API schema clients see (the console's codegen reads it). */
export const publicSchemaPath = resolve(packageRoot, "public-schema.graphql");
