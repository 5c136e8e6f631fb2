import { describe, expect, it } from "vitest";
import { describeChanges } from "./changes";

describe("describeChanges", () => {
  it("shows each changed field with its old and new value, a missing value as a dash", () => {
    expect(describeChanges({ status: { from: "SUBMITTED", to: "PUBLISHED" }, rejectionReason: { from: null, to: "Off topic" } })).toEqual([
      "status: SUBMITTED → PUBLISHED",
      "rejectionReason: — → Off topic",
    ]);
  });

  it("cuts long values short and shows lists and odd shapes as they are", () => {
    const [body] = describeChanges({ body: { from: null, to: "x".repeat(200) } });
    expect(body?.length).toBeLessThan(100);
    expect(body?.endsWith("…")).toBe(true);
    expect(describeChanges({ areas: { from: [], to: ["JUSTICE"] }, note: "imported" })).toEqual([
      'areas: [] → ["JUSTICE"]',
      "note: imported",
    ]);
    expect(describeChanges(null)).toEqual([]);
  });
});
