import { fileURLToPath } from "node:url";
import { checkMessageCatalog } from "@ogc/kit/testing";
import { describe, expect, it } from "vitest";
import { commitmentMessages } from "./messages/commitments.js";
import { coordinationMessages } from "./messages/coordination.js";
import { challengeMessages } from "./messages/index.js";

describe("the challenge subgraph's messages", () => {
  it("are each in Spanish and French, with the same values, and the catalog holds no message the code no longer says", () => {
    const report = checkMessageCatalog(fileURLToPath(new URL(".", import.meta.url)), challengeMessages);
    expect(report.templates.length).toBeGreaterThan(20);
    expect(report.problems).toEqual([]);
  });

  it("are translated once: the commitments' and the coordination's catalogs share no template", () => {
    expect(Object.keys(coordinationMessages).filter((template) => template in commitmentMessages)).toEqual([]);
  });
});
