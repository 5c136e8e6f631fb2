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
        { path: "*", lazy: { Component: async () => (await import("../pages/not-found")).NotFoundPage } },
      ],
    },
  ];
}
