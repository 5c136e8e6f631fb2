import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "./codegen";

const root = dirname(fileURLToPath(import.meta.url));

// Same check as `pnpm codegen:check`, inside `pnpm test`: src/gql must be what codegen makes from the
// current schema and documents, or the console's types lie about the API.
it("src/gql is up to date with the public schema and the operations in src/ (run `pnpm codegen` if not)", async () => {
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const path = resolve(root, output.filename);
    const onDisk = await readFile(path, "utf8").catch(() => "<missing>");
    expect(onDisk, `${relative(root, path)} is stale`).toBe(output.content);
  }
}, 30_000);
