import { describe, expect, it } from "vitest";
import { homeFor, navigationFor } from "./navigation";

const labels = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((item) => item.label);

describe("role-aware navigation", () => {
  it("gives each role its own sections, and visitors the public ones only", () => {
    expect(labels(null)).toEqual(["areas"]);
    expect(labels("SUPPORT_UNIT")).toEqual([
      "dashboard",
      "coordination",
      "commitments",
      "coCreationRequests",
      "members",
      "institutions",
      "partners",
      "actionPlans",
      "irmImport",
      "storyModeration",
      "nominationDecisions",
      "reviewCycles",
      "accounts",
      "auditLog",
      "areas",
    ]);
    expect(labels("SUPPORT_UNIT_ADMIN")).toEqual(labels("SUPPORT_UNIT"));
    expect(labels("INSTITUTION_OFFICER")).toEqual(["myCommitments", "newCommitment", "coCreationRequests", "areas"]);
    expect(labels("PARTNER_EDITOR")).toEqual(["findCommitments", "myLinks", "stories", "nominations", "areas"]);
    expect(labels("API_CLIENT")).toEqual(["areas"]);
  });

  it("leads the support unit and officers to the one page of co-creation requests, and partners elsewhere", () => {
    const requests = (role: Parameters<typeof navigationFor>[0]) =>
      navigationFor(role).filter((item) => item.path === "/co-creation/requests").length;
    expect([requests("SUPPORT_UNIT"), requests("SUPPORT_UNIT_ADMIN"), requests("INSTITUTION_OFFICER")]).toEqual([1, 1, 1]);
    expect([requests("PARTNER_EDITOR"), requests("API_CLIENT"), requests(null)]).toEqual([0, 0, 0]);
  });

  it("lands each role on its first section after signing in", () => {
    expect(homeFor("SUPPORT_UNIT")).toBe("/dashboard");
    expect(homeFor("INSTITUTION_OFFICER")).toBe("/my-commitments");
    expect(homeFor("PARTNER_EDITOR")).toBe("/find-commitments");
    expect(homeFor("API_CLIENT")).toBe("/areas");
  });
});
