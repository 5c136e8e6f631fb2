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
        { path: "dashboard", lazy: { Component: async () => (await import("../pages/dashboard")).DashboardPage } },
        { path: "commitments", lazy: { Component: async () => (await import("../pages/commitments")).CommitmentsPage } },
        { path: "commitments/new", lazy: { Component: async () => (await import("../pages/new-commitment")).NewCommitmentPage } },
        { path: "commitments/:id", lazy: { Component: async () => (await import("../pages/commitment-review")).CommitmentReviewPage } },
        { path: "coordination", lazy: { Component: async () => (await import("../pages/coordination")).CoordinationPage } },
        { path: "coordination/:id", lazy: { Component: async () => (await import("../pages/coordination-case")).CoordinationCasePage } },
        { path: "my-commitments", lazy: { Component: async () => (await import("../pages/my-commitments")).MyCommitmentsPage } },
        { path: "co-creation/answer", lazy: { Component: async () => (await import("../pages/co-creation-answer")).CoCreationAnswerPage } },
        { path: "find-commitments", lazy: { Component: async () => (await import("../pages/find-commitments")).FindCommitmentsPage } },
        { path: "my-links", lazy: { Component: async () => (await import("../pages/my-links")).MyLinksPage } },
        { path: "members", lazy: { Component: async () => (await import("../pages/members")).MembersPage } },
        { path: "institutions", lazy: { Component: async () => (await import("../pages/institutions")).InstitutionsPage } },
        { path: "partners", lazy: { Component: async () => (await import("../pages/partners")).PartnersPage } },
        { path: "action-plans", lazy: { Component: async () => (await import("../pages/action-plans")).ActionPlansPage } },
        { path: "irm-import", lazy: { Component: async () => (await import("../pages/irm-import")).IrmImportPage } },
        { path: "*", lazy: { Component: async () => (await import("../pages/not-found")).NotFoundPage } },
      ],
    },
  ];
}
