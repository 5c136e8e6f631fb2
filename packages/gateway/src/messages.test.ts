import { fileURLToPath } from "node:url";
import { checkMessageCatalog } from "@ogc/kit/testing";
import { describe, expect, it } from "vitest";
import { gatewayMessages } from "./messages.js";

describe("the gateway's messages", () => {
  it("are each in Spanish and French, with the same values, and the catalog holds no message the code no longer says", () => {
    const report = checkMessageCatalog(fileURLToPath(new URL(".", import.meta.url)), gatewayMessages);
    expect(report.templates.length).toBeGreaterThan(10);
    expect(report.problems).toEqual([]);
  });
});
