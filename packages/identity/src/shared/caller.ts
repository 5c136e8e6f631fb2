import type { Logger, Viewer } from "@ogc/kit";

/** Who asks: the verified viewer (null when anonymous) and the request id the audit entry is tagged with. */
export interface Caller {
  viewer: Viewer | null;
  requestId?: string | null;
  /** The request's logger (a GraphQL context has one); what happens outside a request logs nothing. */
  logger?: Logger;
}

/** The system itself (seeding, maintenance): audit entries show no actor. */
export const SYSTEM: Caller = { viewer: null, requestId: null };

/**
 * Fields of identity entities that are personal data or secrets: audit entries show that they changed, never their
 * values (`diffFields`' `redact`).
 */
export const REDACTED_FIELDS = [
  "email",
  "emailKey",
  "displayName",
  "password",
  "passwordHash",
  "refreshToken",
  "tokenHash",
  "keyHash",
  "apiKey",
] as const;
