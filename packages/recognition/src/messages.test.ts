import { fileURLToPath } from "node:url";
import { checkMessageCatalog } from "@ogc/kit/testing";
import { describe, expect, it } from "vitest";
import { recognitionMessages } from "./messages.js";

describe("the recognition subgraph's messages", () => {
  it("are each in Spanish and French, with the same values, and the catalog holds no message the code no longer says", () => {
    const report = checkMessageCatalog(fileURLToPath(new URL(".", import.meta.url)), recognitionMessages);
    expect(report.templates.length).toBeGreaterThan(20);
    expect(report.problems).toEqual([]);
  });
});
