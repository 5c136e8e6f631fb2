import AccountBalanceOutlined from "@mui/icons-material/AccountBalanceOutlined";
import AssignmentOutlined from "@mui/icons-material/AssignmentOutlined";
import AutoStoriesOutlined from "@mui/icons-material/AutoStoriesOutlined";
import CategoryOutlined from "@mui/icons-material/CategoryOutlined";
import DashboardOutlined from "@mui/icons-material/DashboardOutlined";
import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import EventNoteOutlined from "@mui/icons-material/EventNoteOutlined";
import FactCheckOutlined from "@mui/icons-material/FactCheckOutlined";
import GroupsOutlined from "@mui/icons-material/GroupsOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import HistoryOutlined from "@mui/icons-material/HistoryOutlined";
import ManageAccountsOutlined from "@mui/icons-material/ManageAccountsOutlined";
import MilitaryTechOutlined from "@mui/icons-material/MilitaryTechOutlined";
import NoteAddOutlined from "@mui/icons-material/NoteAddOutlined";
import PublicOutlined from "@mui/icons-material/PublicOutlined";
import RateReviewOutlined from "@mui/icons-material/RateReviewOutlined";
import SearchOutlined from "@mui/icons-material/SearchOutlined";
import UploadFileOutlined from "@mui/icons-material/UploadFileOutlined";
import VolunteerActivismOutlined from "@mui/icons-material/VolunteerActivismOutlined";
import type SvgIcon from "@mui/material/SvgIcon";
import type { Role } from "../gql/graphql";

export type NavigationLabel =
  | "areas"
  | "dashboard"
  | "commitments"
  | "coordination"
  | "newCommitment"
  | "coCreationRequests"
  | "myCommitments"
  | "findCommitments"
  | "myLinks"
  | "stories"
  | "nominations"
  | "members"
  | "institutions"
  | "partners"
  | "actionPlans"
  | "irmImport"
  | "storyModeration"
  | "nominationDecisions"
  | "accounts"
  | "reviewCycles"
  | "auditLog";

export interface NavigationItem {
  path: string;
  /** Key under `nav.` in the locale files. */
  label: NavigationLabel;
  icon: typeof SvgIcon;
  /** Who sees the section; visitors and every role when omitted. The API still decides what each may do. */
  roles?: readonly Role[];
}

const SUPPORT: readonly Role[] = ["SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"];
const OFFICER: readonly Role[] = ["INSTITUTION_OFFICER"];
const PARTNER: readonly Role[] = ["PARTNER_EDITOR"];

/** The drawer's sections, in order. A new section is one line here (plus its route and its `nav.*` texts). */
export const NAVIGATION: readonly NavigationItem[] = [
  { path: "/dashboard", label: "dashboard", icon: DashboardOutlined, roles: SUPPORT },
  { path: "/coordination", label: "coordination", icon: GroupsOutlined, roles: SUPPORT },
  { path: "/commitments", label: "commitments", icon: AssignmentOutlined, roles: SUPPORT },
  // The officer's section too (below), in the support unit's order: DOMAIN rule 5 lets either answer a request.
  { path: "/co-creation/requests", label: "coCreationRequests", icon: HandshakeOutlined, roles: SUPPORT },
  { path: "/members", label: "members", icon: PublicOutlined, roles: SUPPORT },
  { path: "/institutions", label: "institutions", icon: AccountBalanceOutlined, roles: SUPPORT },
  { path: "/partners", label: "partners", icon: VolunteerActivismOutlined, roles: SUPPORT },
  { path: "/action-plans", label: "actionPlans", icon: EventNoteOutlined, roles: SUPPORT },
  { path: "/irm-import", label: "irmImport", icon: UploadFileOutlined, roles: SUPPORT },
  { path: "/moderation/stories", label: "storyModeration", icon: RateReviewOutlined, roles: SUPPORT },
  { path: "/moderation/nominations", label: "nominationDecisions", icon: MilitaryTechOutlined, roles: SUPPORT },
  { path: "/review-cycles", label: "reviewCycles", icon: FactCheckOutlined, roles: SUPPORT },
  { path: "/accounts", label: "accounts", icon: ManageAccountsOutlined, roles: SUPPORT },
  { path: "/audit-log", label: "auditLog", icon: HistoryOutlined, roles: SUPPORT },
  { path: "/my-commitments", label: "myCommitments", icon: AssignmentOutlined, roles: OFFICER },
  { path: "/commitments/new", label: "newCommitment", icon: NoteAddOutlined, roles: OFFICER },
  { path: "/co-creation/requests", label: "coCreationRequests", icon: HandshakeOutlined, roles: OFFICER },
  { path: "/find-commitments", label: "findCommitments", icon: SearchOutlined, roles: PARTNER },
  { path: "/my-links", label: "myLinks", icon: HandshakeOutlined, roles: PARTNER },
  { path: "/stories", label: "stories", icon: AutoStoriesOutlined, roles: PARTNER },
  { path: "/nominations", label: "nominations", icon: EmojiEventsOutlined, roles: PARTNER },
  { path: "/areas", label: "areas", icon: CategoryOutlined },
];

/** The sections a role sees (visitors: `null`). */
export function navigationFor(role: Role | null): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
}

/** Where a role lands after signing in. */
export function homeFor(role: Role | null): string {
  return navigationFor(role)[0]?.path ?? "/areas";
}

export function isSupportUnit(role: Role | null | undefined): boolean {
  return role === "SUPPORT_UNIT" || role === "SUPPORT_UNIT_ADMIN";
}
