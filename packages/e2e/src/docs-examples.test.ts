import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type Stack, startTestStack } from "./stack.js";

// Every query example of docs/api.md runs against the real stack, so the documentation for dashboards stays true.
const doc = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");
const examples = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => (match[1] ?? "").trim())
  .filter((query) => !query.startsWith("mutation"));

let stack: Stack & { dispose(): Promise<void> };
beforeAll(async () => {
  stack = await startTestStack(250, false);
});
afterAll(() => stack?.dispose());

describe("docs/api.md", () => {
  it("has query examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const [index, query] of examples.entries()) {
    it(`example ${index + 1} runs anonymously without errors: ${query.split("\n")[0]}`, async () => {
      const result = await graphql(stack.gatewayUrl, query);
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    });
  }
});
