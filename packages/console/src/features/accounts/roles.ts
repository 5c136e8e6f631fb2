import type { Role } from "../../gql/graphql";

/** The roles a support-unit member may invite people to; administrators may also invite support-unit staff (identity rules). */
export function invitableRoles(inviter: Role): Role[] {
  const roles: Role[] = ["INSTITUTION_OFFICER", "PARTNER_EDITOR"];
  return inviter === "SUPPORT_UNIT_ADMIN" ? [...roles, "SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"] : roles;
}

/** What an invitation names besides the e-mail and the role: officers act for a member's institutions, editors for a partner. */
export function scopeOf(role: Role | ""): "member" | "partner" | null {
  if (role === "INSTITUTION_OFFICER") return "member";
  if (role === "PARTNER_EDITOR") return "partner";
  return null;
}
