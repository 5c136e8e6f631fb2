import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, Role } from "@ogc/kit";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export interface TokenOptions {
  accountId?: string;
  role?: Role;
  /** The sign-in session; `revoke` ends it. Default: a new one. */
  sessionId?: string;
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. Default 300. */
  expiresIn?: number;
  /** Sign with a key the identity stub does not publish (a forged token). */
  foreignKey?: boolean;
}

export interface IdentityStub {
  /** Its JWKS, as `AUTH_JWKS_URL`. */
  jwksUrl: string;
  /** Its session endpoint, as `AUTH_SESSION_URL`. */
  sessionUrl: string;
  /** A signed access token, like the identity subgraph's. */
  sign(options?: TokenOptions): Promise<string>;
  /** Ends a session: its tokens are refused from now on. */
  revoke(sessionId: string): void;
  /** How many times the session endpoint was asked. */
  sessionChecks: number;
  close(): Promise<void>;
}

/**
 * A stand-in for the identity subgraph's two endpoints the gateway reads: `/.well-known/jwks.json` (an EdDSA key made
 * for this run) and `/sessions/<id>` (`{ active }`), so tests exercise the verifier the gateway builds from its env.
 */
export async function startIdentityStub(): Promise<IdentityStub> {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const forger = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const kid = "test-key";
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "EdDSA", use: "sig" }] };
  const revoked = new Set<string>();

  const stub = { sessionChecks: 0 };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/.well-known/jwks.json") return json(200, jwks);
    const session = /^\/sessions\/(.+)$/.exec(url.pathname);
    if (session?.[1]) {
      stub.sessionChecks += 1;
      return json(200, { active: !revoked.has(decodeURIComponent(session[1])) });
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return Object.assign(stub, {
    jwksUrl: `${base}/.well-known/jwks.json`,
    sessionUrl: `${base}/sessions/`,
    async sign(options: TokenOptions = {}) {
      const claims: JWTPayload = { role: options.role ?? Role.SUPPORT_UNIT, sid: options.sessionId ?? randomUUID() };
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "EdDSA", kid })
        .setSubject(options.accountId ?? randomUUID())
        .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
        .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresIn ?? 300))
        .sign(options.foreignKey ? forger.privateKey : privateKey);
    },
    revoke(sessionId: string) {
      revoked.add(sessionId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

/** An unsigned token (`alg: none`) claiming to be a support-unit account. */
export function unsignedToken(): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: "intruder",
    role: Role.SUPPORT_UNIT_ADMIN,
    iss: ACCESS_TOKEN_ISSUER,
    aud: ACCESS_TOKEN_AUDIENCE,
    iat: now,
    exp: now + 300,
  };
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(payload)}.`;
}
