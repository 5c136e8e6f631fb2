import { randomUUID } from "node:crypto";
import { ACCESS_TOKEN_AUDIENCE, type AccessTokenClaims, type Role } from "@ogc/kit";
import { SignJWT } from "jose";
import { MINUTE } from "../shared/clock.js";
import type { SigningKey } from "./signing-keys.js";

/** Access tokens are short-lived: a revoked session stops working within this time even where sessions are not checked. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * MINUTE;

export interface AccessTokenSubject {
  accountId: string;
  role: Role;
  memberId: string | null;
  institutionIds: string[];
  partnerId: string | null;
  sessionId: string;
}

/** Signs an access token with the kit's claims (`sub`, `role`, `mid`, `iids`, `pid`, `sid`, `jti`). */
export async function signAccessToken(
  key: SigningKey,
  issuer: string,
  subject: AccessTokenSubject,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
  const claims: AccessTokenClaims = { role: subject.role, sid: subject.sessionId };
  if (subject.memberId) claims.mid = subject.memberId;
  if (subject.institutionIds.length > 0) claims.iids = subject.institutionIds;
  if (subject.partnerId) claims.pid = subject.partnerId;
  const token = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" })
    .setSubject(subject.accountId)
    .setIssuer(issuer)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .setJti(randomUUID())
    .sign(key.privateKey);
  return { token, expiresAt: new Date(expiresAt * 1000) };
}
