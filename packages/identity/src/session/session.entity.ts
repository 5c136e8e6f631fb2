import { Column, Entity, PrimaryColumn } from "typeorm";

/** How a session started. */
export enum SessionKind {
  PASSWORD = "PASSWORD",
  API_KEY = "API_KEY",
}

/** Why a session ended before its time. */
export enum SessionEndReason {
  SIGNED_OUT = "SIGNED_OUT",
  REFRESH_TOKEN_REUSED = "REFRESH_TOKEN_REUSED",
  ACCOUNT_DISABLED = "ACCOUNT_DISABLED",
  ROLE_CHANGED = "ROLE_CHANGED",
  PASSWORD_CHANGED = "PASSWORD_CHANGED",
  API_KEY_REVOKED = "API_KEY_REVOKED",
}

/**
 * One sign-in: every access token names its session (`sid`), and the other subgraphs ask `GET /sessions/<id>`
 * whether it is still active. Internal: not part of the GraphQL schema.
 */
@Entity("session")
export class Session {
  @PrimaryColumn("varchar", { length: 36 })
  id!: string;

  @Column("varchar", { name: "account_id", length: 36 })
  accountId!: string;

  @Column("varchar", { length: 16 })
  kind!: SessionKind;

  @Column("varchar", { name: "api_key_id", length: 36, nullable: true })
  apiKeyId!: string | null;

  @Column("varchar", { name: "created_at", length: 30 })
  createdAt!: string;

  @Column("varchar", { name: "last_used_at", length: 30 })
  lastUsedAt!: string;

  /** When the newest refresh token expires: the session ends then unless refreshed. */
  @Column("varchar", { name: "expires_at", length: 30 })
  expiresAt!: string;

  @Column("varchar", { name: "revoked_at", length: 30, nullable: true })
  revokedAt!: string | null;

  @Column("varchar", { name: "revoked_reason", length: 32, nullable: true })
  revokedReason!: SessionEndReason | null;
}

/**
 * A refresh token of a session, stored only as its SHA-256. Each is used once: using it marks it used and issues the
 * next one; a second use of a used token means it was copied, and ends the session.
 */
@Entity("refresh_token")
export class RefreshToken {
  @PrimaryColumn("varchar", { name: "token_hash", length: 64 })
  tokenHash!: string;

  @Column("varchar", { name: "session_id", length: 36 })
  sessionId!: string;

  @Column("varchar", { name: "issued_at", length: 30 })
  issuedAt!: string;

  @Column("varchar", { name: "expires_at", length: 30 })
  expiresAt!: string;

  @Column("varchar", { name: "used_at", length: 30, nullable: true })
  usedAt!: string | null;
}

/**
 * Consecutive failed sign-ins per e-mail, for lock-out. Keyed by the e-mail typed, whether or not an account has it,
 * so a lock-out answers the same for unknown e-mails and does not reveal which exist.
 */
@Entity("sign_in_throttle")
export class SignInThrottle {
  @PrimaryColumn("varchar", { name: "email_key", length: 254 })
  emailKey!: string;

  @Column("int")
  failures!: number;

  @Column("varchar", { name: "locked_until", length: 30, nullable: true })
  lockedUntil!: string | null;

  @Column("varchar", { name: "updated_at", length: 30 })
  updatedAt!: string;
}
