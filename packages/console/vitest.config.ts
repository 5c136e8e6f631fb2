import { createRequire } from "node:module";
import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

const require = createRequire(import.meta.url);

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    resolve: {
      // One copy of graphql, or documents built by one copy fail checks made by the other.
      alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
    },
    test: {
      environment: "jsdom",
      setupFiles: ["./src/test/setup.ts"],
      include: ["src/**/*.test.{ts,tsx}", "codegen.test.ts"],
      restoreMocks: true,
    },
  }),
);
