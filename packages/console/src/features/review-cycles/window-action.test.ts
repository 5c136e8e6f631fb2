import { describe, expect, it } from "vitest";
import { utcToday, windowAction } from "./window-action";

describe("windowAction", () => {
  it("closes an open window by making yesterday its last day, across a month end", () => {
    expect(windowAction({ opensOn: "2026-11-01", closesOn: "2026-12-31", isOpen: true }, "2026-12-01")).toEqual({
      kind: "close",
      closesOn: "2026-11-30",
    });
  });

  it("opens a planned window today, and offers nothing for one that has ended", () => {
    expect(windowAction({ opensOn: "2027-01-10", closesOn: "2027-02-10", isOpen: false }, "2026-12-01")).toEqual({
      kind: "open",
      opensOn: "2026-12-01",
    });
    expect(windowAction({ opensOn: "2026-01-10", closesOn: "2026-02-10", isOpen: false }, "2026-12-01")).toBeNull();
  });

  it("takes today in UTC", () => {
    expect(utcToday(new Date("2026-11-30T23:30:00-05:00"))).toBe("2026-12-01");
  });
});
