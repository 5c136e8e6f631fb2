import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql, or schema checks fail with "Cannot use GraphQLSchema from another module".
    alias: { graphql: require.resolve("graphql") },
    // Workspace packages are tested from their TypeScript sources, no build needed ("source" export condition).
    conditions: ["source"],
  },
  ssr: { resolve: { conditions: ["source"] } },
  test: { include: ["src/**/*.test.ts"] },
});
