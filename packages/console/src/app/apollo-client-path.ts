/** The browser talks to its own origin; Vite's dev and preview servers (or nginx) proxy `/graphql` to the gateway. */
export const GRAPHQL_PATH = "/graphql";
