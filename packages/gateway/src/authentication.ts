import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import {
  type AuthenticationSettings,
  authenticate,
  DomainError,
  identityVerifier,
  type Logger,
  sayerFor,
  type TokenVerifier,
  type Viewer,
} from "@ogc/kit";
import { GraphQLError } from "graphql";
import { refusal } from "./refusal.js";

export type { AuthenticationSettings } from "@ogc/kit";

/**
 * The verifier the subgraphs use too (the kit's `defaultVerifier`): the identity subgraph's published keys, and its
 * word on whether the token's session is still active, cached 5 s. A session that cannot be checked counts as ended.
 */
export function createGatewayVerifier(settings: AuthenticationSettings, logger: Logger): TokenVerifier {
  return identityVerifier(settings, logger);
}

/** The viewer of each GraphQL request, once `useAuthentication` has verified its token. */
const viewers = new WeakMap<Request, Viewer | null>();

/** The signed-in caller of `request`; `null` when anonymous (or not yet authenticated). */
export function viewerOf(request: Request): Viewer | null {
  return viewers.get(request) ?? null;
}

/**
 * Verifies the caller's `Authorization: Bearer` token before anything else is done with the request: a forged,
 * expired, foreign or revoked token is refused with 401 and UNAUTHENTICATED, and no subgraph is called. Anonymous
 * requests pass: each subgraph decides what anonymous callers may read. The token itself is forwarded unchanged and
 * verified again by every subgraph; the viewer found here keys the rate limits and is `viewer` in the gateway context.
 * Without a verifier every token is refused (a gateway that cannot check tokens must not let them through).
 */
export function useAuthentication(verifier: TokenVerifier | undefined): GatewayPlugin<{ viewer: Viewer | null }> {
  return {
    async onRequestParse({ request }) {
      try {
        viewers.set(request, await authenticate(request.headers.get("authorization") ?? undefined, verifier));
      } catch (error) {
        // Kit's refusals, said in the caller's language (the subgraphs' messages are, too).
        const said = error instanceof DomainError ? sayerFor(request.headers.get("accept-language"))(error.said) : undefined;
        if (error instanceof GraphQLError && error.extensions.code === "SERVICE_UNAVAILABLE") {
          // The session could not be checked (identity unreachable, no recent answer): not a verdict on the token.
          throw refusal("SERVICE_UNAVAILABLE", said ?? error.message, { status: 503, headers: { "retry-after": "5" } });
        }
        if (!(error instanceof GraphQLError) || error.extensions.code !== "UNAUTHENTICATED") throw error;
        throw refusal("UNAUTHENTICATED", said ?? error.message, {
          status: 401,
          headers: { "www-authenticate": 'Bearer error="invalid_token"' },
        });
      }
    },
    onContextBuilding({ context, extendContext }) {
      extendContext({ viewer: viewerOf(context.request) });
    },
  };
}
