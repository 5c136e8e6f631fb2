import { describe, expect, it } from "vitest";
import { discardDraft, emptyDraft, loadDraft, saveDraft, validateDraft } from "./commitment-draft";

describe("commitment drafts", () => {
  it("asks for every required field and a sensible period", () => {
    expect(Object.keys(validateDraft(emptyDraft("FR"))).sort()).toEqual(
      ["endDate", "leadInstitutionId", "milestones.0.title", "proposedArea", "startDate", "summary", "title", "values"].sort(),
    );
    const complete = {
      ...emptyDraft("FR"),
      leadInstitutionId: "i",
      title: "Budget",
      summary: "Résumé",
      proposedArea: "JUSTICE" as const,
      values: ["TRANSPARENCY" as const],
      startDate: "2026-01-01",
      endDate: "2025-12-31",
      milestones: [{ key: "m", title: "Pilot", expectedOutput: "", dueDate: "", status: "PLANNED" as const }],
    };
    expect(validateDraft(complete)).toEqual({ endDate: "endBeforeStart" });
    expect(validateDraft({ ...complete, endDate: "2027-01-01" })).toEqual({});
    const due = (dueDate: string) =>
      validateDraft({ ...complete, endDate: "2027-01-01", milestones: [{ ...complete.milestones[0]!, dueDate }] });
    expect(due("2025-12-31")).toEqual({ "milestones.0.dueDate": "outsidePeriod" });
    expect(due("2027-01-02")).toEqual({ "milestones.0.dueDate": "outsidePeriod" });
    expect(due("2027-01-01")).toEqual({});
  });

  it("keeps one draft per account until it is discarded, and ignores a damaged one", () => {
    saveDraft("a", { ...emptyDraft("ES"), title: "Mío" });
    expect(loadDraft("a")?.title).toBe("Mío");
    expect(loadDraft("b")).toBeNull();
    discardDraft("a");
    expect(loadDraft("a")).toBeNull();
    window.localStorage.setItem("ogc.commitment-draft.c", "{not json");
    expect(loadDraft("c")).toBeNull();
    // A draft kept before milestones were asked for gets one empty milestone to fill.
    window.localStorage.setItem("ogc.commitment-draft.d", JSON.stringify({ title: "Older" }));
    expect(loadDraft("d")?.milestones).toEqual([
      { key: expect.any(String), title: "", expectedOutput: "", dueDate: "", status: "PLANNED" },
    ]);
  });
});
