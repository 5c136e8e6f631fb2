import { type RouteObject, redirect } from "react-router";
import { Layout } from "./Layout";
import { RouteFallback } from "./RouteFallback";

/**
 * Each page is its own chunk, fetched when its route is first visited.
 * A function, because a router resolves lazy routes in place: every router gets fresh route objects.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      path: "/",
      Component: Layout,
      HydrateFallback: RouteFallback,
      children: [
        // Redirect in a loader, before anything renders, so the first page load is not mistaken for a navigation.
        // The component only satisfies the router: the redirect always happens first.
        { index: true, loader: () => redirect("/areas"), Component: RouteFallback },
        { path: "areas", lazy: { Component: async () => (await import("../pages/areas")).AreasPage } },
        { path: "sign-in", lazy: { Component: async () => (await import("../pages/sign-in")).SignInPage } },
        // The link of the invitation e-mail (identity's INVITATION_URL).
        {
          path: "accept-invitation",
          lazy: { Component: async () => (await import("../pages/accept-invitation")).AcceptInvitationPage },
        },
        { path: "dashboard", lazy: { Component: async () => (await import("../pages/dashboard")).DashboardPage } },
        { path: "commitments", lazy: { Component: async () => (await import("../pages/commitments")).CommitmentsPage } },
        { path: "commitments/new", lazy: { Component: async () => (await import("../pages/new-commitment")).NewCommitmentPage } },
        { path: "commitments/:id", lazy: { Component: async () => (await import("../pages/commitment-review")).CommitmentReviewPage } },
        { path: "coordination", lazy: { Component: async () => (await import("../pages/coordination")).CoordinationPage } },
        { path: "coordination/:id", lazy: { Component: async () => (await import("../pages/coordination-case")).CoordinationCasePage } },
        { path: "my-commitments", lazy: { Component: async () => (await import("../pages/my-commitments")).MyCommitmentsPage } },
        { path: "my-commitments/:id", lazy: { Component: async () => (await import("../pages/my-commitment")).MyCommitmentPage } },
        { path: "co-creation/answer", lazy: { Component: async () => (await import("../pages/co-creation-answer")).CoCreationAnswerPage } },
        {
          path: "co-creation/requests",
          lazy: { Component: async () => (await import("../pages/co-creation-requests")).CoCreationRequestsPage },
        },
        { path: "find-commitments", lazy: { Component: async () => (await import("../pages/find-commitments")).FindCommitmentsPage } },
        { path: "my-links", lazy: { Component: async () => (await import("../pages/my-links")).MyLinksPage } },
        { path: "stories", lazy: { Component: async () => (await import("../pages/stories")).StoriesPage } },
        { path: "nominations", lazy: { Component: async () => (await import("../pages/nominations")).NominationsPage } },
        { path: "members", lazy: { Component: async () => (await import("../pages/members")).MembersPage } },
        { path: "institutions", lazy: { Component: async () => (await import("../pages/institutions")).InstitutionsPage } },
        { path: "partners", lazy: { Component: async () => (await import("../pages/partners")).PartnersPage } },
        { path: "action-plans", lazy: { Component: async () => (await import("../pages/action-plans")).ActionPlansPage } },
        { path: "irm-import", lazy: { Component: async () => (await import("../pages/irm-import")).IrmImportPage } },
        { path: "moderation/stories", lazy: { Component: async () => (await import("../pages/story-moderation")).StoryModerationPage } },
        { path: "moderation/stories/:id", lazy: { Component: async () => (await import("../pages/story-review")).StoryReviewPage } },
        {
          path: "moderation/nominations",
          lazy: { Component: async () => (await import("../pages/nomination-decisions")).NominationDecisionsPage },
        },
        { path: "accounts", lazy: { Component: async () => (await import("../pages/accounts")).AccountsPage } },
        { path: "review-cycles", lazy: { Component: async () => (await import("../pages/review-cycles")).ReviewCyclesPage } },
        { path: "audit-log", lazy: { Component: async () => (await import("../pages/audit-log")).AuditLogPage } },
        { path: "*", lazy: { Component: async () => (await import("../pages/not-found")).NotFoundPage } },
      ],
    },
  ];
}
