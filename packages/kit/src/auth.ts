import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { type AuthChecker, registerEnumType } from "type-graphql";
import { ForbiddenError, UnauthenticatedError } from "./errors.js";
import { msg } from "./messages.js";

/** What an account may do (DESIGN.md, identity). */
export enum Role {
  /** OGP staff who also manage accounts. */
  SUPPORT_UNIT_ADMIN = "SUPPORT_UNIT_ADMIN",
  /** OGP staff: assign areas, check eligibility, coordinate, moderate, run reviews and awards. */
  SUPPORT_UNIT = "SUPPORT_UNIT",
  /** Staff of one or more public institutions of one member. */
  INSTITUTION_OFFICER = "INSTITUTION_OFFICER",
  /** Editor for one partner organisation. */
  PARTNER_EDITOR = "PARTNER_EDITOR",
  /** A third-party dashboard with an API key: read-only. */
  API_CLIENT = "API_CLIENT",
}

registerEnumType(Role, {
  name: "Role",
  description: "What an account may do; officers and partner editors are scoped to their organisations.",
});

/** Roles of OGP's support unit. */
export const SUPPORT_ROLES: readonly Role[] = [Role.SUPPORT_UNIT, Role.SUPPORT_UNIT_ADMIN];

/** The signed-in caller, as every subgraph sees it after verifying the access token. */
export interface Viewer {
  accountId: string;
  role: Role;
  /** INSTITUTION_OFFICER: the member whose institutions the account serves. */
  memberId: string | null;
  /** INSTITUTION_OFFICER: the institutions the account acts for. */
  institutionIds: string[];
  /** PARTNER_EDITOR: the partner organisation the account edits for. */
  partnerId: string | null;
  /** The sign-in session the token belongs to; revoking it refuses the token. */
  sessionId: string | null;
}

export const ACCESS_TOKEN_AUDIENCE = "ogc-api";
export const ACCESS_TOKEN_ISSUER = "ogc-identity";
/** Asymmetric algorithms only: `none` and HMAC tokens are refused whatever their header says. */
export const ACCESS_TOKEN_ALGORITHMS = ["EdDSA", "ES256"];

/** Claims of an access token, besides the registered ones (`sub` is the account id). */
export interface AccessTokenClaims {
  role: Role;
  mid?: string | null;
  iids?: string[];
  pid?: string | null;
  sid?: string | null;
}

/**
 * The viewer a token's claims describe. `namespace` prefixes the role and scope claims (an OIDC provider's custom
 * claims are often namespaced, e.g. `https://ogc.example/role`); the identity subgraph's own tokens use none.
 */
export function viewerFromClaims(payload: JWTPayload, namespace = ""): Viewer {
  const claim = (name: keyof AccessTokenClaims) => payload[`${namespace}${name}`];
  const role = claim("role");
  const roles = Object.values(Role) as string[];
  if (typeof payload.sub !== "string" || typeof role !== "string" || !roles.includes(role)) {
    throw new UnauthenticatedError("The access token does not name an account and a role.");
  }
  const mid = claim("mid");
  const iids = claim("iids");
  const pid = claim("pid");
  const sid = claim("sid");
  return {
    accountId: payload.sub,
    role: role as Role,
    memberId: typeof mid === "string" ? mid : null,
    institutionIds: Array.isArray(iids) ? iids.filter((id): id is string => typeof id === "string") : [],
    partnerId: typeof pid === "string" ? pid : null,
    sessionId: typeof sid === "string" ? sid : null,
  };
}

/** A JWKS fetched over HTTP, cached, refetched when a token names an unknown key. */
export function remoteKeys(url: URL): JWTVerifyGetKey {
  return createRemoteJWKSet(url, { cooldownDuration: 5_000, timeoutDuration: 3_000 });
}

/** Keys of an OpenID Connect provider, found through its discovery document on first use. */
export function discoveredKeys(issuer: string): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async () => {
    const response = await fetch(new URL(".well-known/openid-configuration", issuer.endsWith("/") ? issuer : `${issuer}/`), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`OIDC discovery of ${issuer} answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new Error(`OIDC discovery of ${issuer} names no jwks_uri`);
    return remoteKeys(new URL(jwksUri));
  };
  return async (header, token) => {
    keys ??= discover().catch((error: unknown) => {
      keys = undefined; // try again on the next token
      throw error;
    });
    return (await keys)(header, token);
  };
}

export interface TokenVerifier {
  /** The viewer of a valid token; an `UnauthenticatedError` for a forged, expired, revoked or foreign one. */
  verify(token: string): Promise<Viewer>;
}

export interface TokenVerifierOptions {
  /** The key set: a JWKS URL (the identity subgraph's, or an OIDC provider's), or a key resolver (identity, tests). */
  keys: URL | JWTVerifyGetKey;
  issuer?: string;
  audience?: string;
  /** Says whether a session is still active; tokens of revoked sessions are refused. */
  isSessionActive?: (sessionId: string) => Promise<boolean>;
  /** Prefix of the role and scope claims (see `viewerFromClaims`). */
  claimNamespace?: string;
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys =
    options.keys instanceof URL ? createRemoteJWKSet(options.keys, { cooldownDuration: 5_000, timeoutDuration: 3_000 }) : options.keys;
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: options.issuer ?? ACCESS_TOKEN_ISSUER,
          audience: options.audience ?? ACCESS_TOKEN_AUDIENCE,
          algorithms: ACCESS_TOKEN_ALGORITHMS,
          requiredClaims: ["exp", "sub"],
        }));
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new UnauthenticatedError(
          code === "ERR_JWT_EXPIRED"
            ? "The access token has expired: refresh it or sign in again."
            : "The access token is not valid: sign in again.",
        );
      }
      const viewer = viewerFromClaims(payload, options.claimNamespace);
      // A check that cannot be made throws (SERVICE_UNAVAILABLE): that is not a verdict on the token.
      if (viewer.sessionId && options.isSessionActive && !(await options.isSessionActive(viewer.sessionId))) {
        throw new UnauthenticatedError("This session has ended: sign in again.");
      }
      return viewer;
    },
  };
}

/**
 * Caches a session check for `ttlMs`, so a busy subgraph asks the identity subgraph at most once per session per
 * window. When the check itself fails (identity restarting), the last answer is used for up to `staleMs` more
 * (stale-if-error): a brief identity outage does not sign everyone out. With no answer to fall back on, the error
 * propagates; a failed check is never cached.
 */
export function cachedSessionCheck(
  check: (sessionId: string) => Promise<boolean>,
  { ttlMs = 5_000, staleMs = 60_000 }: { ttlMs?: number; staleMs?: number } = {},
): (sessionId: string) => Promise<boolean> {
  const cache = new Map<string, { active: boolean; checkedAt: number }>();
  return async (sessionId) => {
    const now = Date.now();
    const hit = cache.get(sessionId);
    if (hit && now - hit.checkedAt < ttlMs) return hit.active;
    try {
      const active = await check(sessionId);
      if (cache.size > 10_000) cache.clear();
      cache.set(sessionId, { active, checkedAt: now });
      return active;
    } catch (error) {
      if (hit && now - hit.checkedAt < ttlMs + staleMs) return hit.active;
      throw error;
    }
  };
}

/** The viewer of a request from its `Authorization: Bearer` header; `null` when anonymous. */
export async function authenticate(authorization: string | undefined, verifier: TokenVerifier | undefined): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw new UnauthenticatedError("The Authorization header must be `Bearer <access token>`.");
  if (!verifier) throw new UnauthenticatedError("This service accepts no tokens.");
  return verifier.verify(match[1]);
}

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** The viewer if their role is one of `roles`; UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function requireRole(viewer: Viewer | null, roles: readonly Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (!roles.includes(signedIn.role)) throw new ForbiddenError(msg`This needs one of the roles ${roles.join(", ")}.`);
  return signedIn;
}

export function isSupportUnit(viewer: Viewer | null): boolean {
  return viewer !== null && SUPPORT_ROLES.includes(viewer.role);
}

/** type-graphql's `@Authorized(...roles)`: anonymous callers get UNAUTHENTICATED, other roles FORBIDDEN. */
export const authChecker: AuthChecker<{ viewer: Viewer | null }, Role> = ({ context }, roles) => {
  requireRole(context.viewer, roles.length > 0 ? roles : (Object.values(Role) as Role[]));
  return true;
};
