import { describe, expect, it } from "vitest";
import { emptyReport, evidenceLinks, loadReport, reportDraftKey, saveReport, validateReport } from "./report-draft";

describe("progress report drafts", () => {
  const key = reportDraftKey("acc", "c1", "r1");

  it("keeps what was typed, per account, commitment and window, and leaves no draft for an untouched form", () => {
    saveReport(key, { ...emptyReport(), narrative: "Half done" });
    expect(loadReport(key)?.narrative).toBe("Half done");
    expect(loadReport(reportDraftKey("acc", "c1", "other-window"))).toBeNull();
    saveReport(key, emptyReport());
    expect(loadReport(key)).toBeNull();
  });

  it("asks for a completion level and a narrative, and web addresses as evidence", () => {
    expect(validateReport({ ...emptyReport(), evidence: "example.org" })).toEqual({
      completion: "required",
      narrative: "required",
      evidence: "notHttp",
    });
    const ready = {
      completion: "LIMITED" as const,
      narrative: "Done",
      evidence: " https://a.example \n\nhttp://b.example",
      milestones: {},
    };
    expect(validateReport(ready)).toEqual({});
    expect(evidenceLinks(ready)).toEqual(["https://a.example", "http://b.example"]);
  });
});
