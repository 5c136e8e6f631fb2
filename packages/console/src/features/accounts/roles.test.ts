import { describe, expect, it } from "vitest";
import { invitableRoles, scopeOf } from "./roles";

describe("invitation roles", () => {
  it("lets the support unit invite officers and partner editors, and administrators support-unit staff too", () => {
    expect(invitableRoles("SUPPORT_UNIT")).toEqual(["INSTITUTION_OFFICER", "PARTNER_EDITOR"]);
    expect(invitableRoles("SUPPORT_UNIT_ADMIN")).toEqual(["INSTITUTION_OFFICER", "PARTNER_EDITOR", "SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"]);
  });

  it("asks for a member for officers, a partner for editors, and nothing else for staff", () => {
    expect(scopeOf("INSTITUTION_OFFICER")).toBe("member");
    expect(scopeOf("PARTNER_EDITOR")).toBe("partner");
    expect(scopeOf("SUPPORT_UNIT")).toBeNull();
    expect(scopeOf("")).toBeNull();
  });
});
