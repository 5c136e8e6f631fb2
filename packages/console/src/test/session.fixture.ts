import type { MockLink } from "@apollo/client/testing";
import { REFRESH_TOKEN_STORAGE_KEY } from "../app/storage";
import { viewerQuery } from "../features/session/session-operations";
import type { Role, ViewerQuery } from "../gql/graphql";

export const MEMBER_ID = "member-alb";
export const MINISTRY_ID = "inst-ministry";
export const COMMISSIONER_ID = "inst-commissioner";
export const PARTNER_ID = "partner-1";

const VIEWERS: Record<"support" | "officer" | "partner", NonNullable<ViewerQuery["viewer"]>> = {
  support: {
    __typename: "Account",
    id: "acc-support",
    displayName: "Sam Support",
    role: "SUPPORT_UNIT",
    email: "support@ogc.example",
    memberId: null,
    institutionIds: [],
    partnerId: null,
  },
  officer: {
    __typename: "Account",
    id: "acc-officer",
    displayName: "Olga Officer",
    role: "INSTITUTION_OFFICER",
    email: "officer@ogc.example",
    memberId: MEMBER_ID,
    institutionIds: [MINISTRY_ID, COMMISSIONER_ID],
    partnerId: null,
  },
  partner: {
    __typename: "Account",
    id: "acc-partner",
    displayName: "Pat Partner",
    role: "PARTNER_EDITOR",
    email: "partner@ogc.example",
    memberId: null,
    institutionIds: [],
    partnerId: PARTNER_ID,
  },
};

/**
 * Pretends a session exists (a kept refresh token) and answers `viewer` for it, as often as asked.
 * The mocked API needs no token: the mock link replaces the auth link.
 */
export function signedInAs(who: keyof typeof VIEWERS): { viewer: NonNullable<ViewerQuery["viewer"]>; mock: MockLink.MockedResponse } {
  window.localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, `refresh-${who}`);
  return viewerOf(who);
}

/** Answers `viewer` as `who`, as often as asked, without pretending a session exists (for pages that start one). */
export function viewerOf(who: keyof typeof VIEWERS): { viewer: NonNullable<ViewerQuery["viewer"]>; mock: MockLink.MockedResponse } {
  const viewer = VIEWERS[who];
  return { viewer, mock: { request: { query: viewerQuery }, result: { data: { viewer } }, maxUsageCount: Number.POSITIVE_INFINITY } };
}

export const roleOf = (who: keyof typeof VIEWERS): Role => VIEWERS[who].role;
