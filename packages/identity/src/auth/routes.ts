import { type Route, type Routes, sendJson } from "@ogc/kit";
import type { SigningKeys } from "./signing-keys.js";

export const JWKS_PATH = "/.well-known/jwks.json";
export const SESSIONS_PATH = "/sessions/";

function onlyGet(route: Route): Route {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return sendJson(response, 405, { error: "Method not allowed" }, { allow: "GET, HEAD" });
    }
    return route(request, response);
  };
}

/**
 * The identity subgraph's HTTP routes besides `/graphql`:
 * - `GET /.well-known/jwks.json`: the public key access tokens are signed with, for the gateway and the subgraphs;
 * - `GET /sessions/<id>`: `{"active": true|false}`, so other subgraphs refuse tokens of ended sessions (kit `defaultVerifier`).
 */
export function identityRoutes(options: { keys: SigningKeys; isSessionActive: (sessionId: string) => Promise<boolean> }): Routes {
  return {
    [JWKS_PATH]: onlyGet(async (_request, response) => {
      sendJson(response, 200, await options.keys.jwks(), { "cache-control": "public, max-age=300" });
    }),
    // A prefix route: serves /sessions/<id>.
    [SESSIONS_PATH]: onlyGet(async (request, response) => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      let sessionId: string;
      try {
        sessionId = decodeURIComponent(path.slice(SESSIONS_PATH.length));
      } catch {
        return sendJson(response, 400, { error: "Malformed session id" });
      }
      sendJson(response, 200, { active: await options.isSessionActive(sessionId) }, { "cache-control": "no-store" });
    }),
  };
}
