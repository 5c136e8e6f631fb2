import { describe, expect, it } from "vitest";
import { formatDay, reviewWindow } from "./review-window";

const cycle = (
  id: string,
  opensOn: string,
  closesOn: string,
  isOpen: boolean,
  scope: Partial<{ scopePathways: ("STANDALONE" | "ACTION_PLAN")[]; scopeAreas: "JUSTICE"[] }> = {},
) => ({
  id,
  opensOn,
  closesOn,
  isOpen,
  scopePathways: scope.scopePathways ?? [],
  scopeAreas: scope.scopeAreas ?? [],
});
const standalone = { pathway: "STANDALONE" as const, assignedAreaCode: null, proposedAreaCode: "CIVIC_SPACE" as const };

describe("review windows", () => {
  it("offers the open window that covers the commitment", () => {
    const cycles = [cycle("past", "2026-01-01", "2026-02-01", false), cycle("now", "2026-11-01", "2026-12-31", true)];
    expect(reviewWindow(cycles, standalone, "2026-11-30")).toEqual({ kind: "open", cycle: cycles[1] });
  });

  it("skips an open window whose scope leaves the commitment out, and names the next one to open", () => {
    const cycles = [
      cycle("justice-only", "2026-11-01", "2026-12-31", true, { scopeAreas: ["JUSTICE"] }),
      cycle("plans-only", "2027-01-01", "2027-02-01", false, { scopePathways: ["ACTION_PLAN"] }),
      cycle("later", "2027-06-01", "2027-07-01", false),
      cycle("sooner", "2027-03-01", "2027-04-01", false),
    ];
    expect(reviewWindow(cycles, standalone, "2026-11-30")).toEqual({ kind: "next", cycle: cycles[3] });
  });

  it("says when no window is open or planned", () => {
    expect(reviewWindow([cycle("past", "2026-01-01", "2026-02-01", false)], standalone, "2026-11-30")).toEqual({ kind: "none" });
  });

  it("writes a day in the UI language without shifting it by the time zone", () => {
    expect(formatDay("2027-03-01", "en")).toBe("March 1, 2027");
    expect(formatDay("2027-03-01", "fr")).toBe("1 mars 2027");
  });
});
