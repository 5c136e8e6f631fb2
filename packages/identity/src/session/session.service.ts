import { randomUUID } from "node:crypto";
import {
  DomainError,
  diffFields,
  ForbiddenError,
  type Message,
  msg,
  recordAudit,
  requireViewer,
  transaction,
  UnauthenticatedError,
  type Viewer,
} from "@ogc/kit";
import type { EntityManager } from "typeorm";
import { Account, AccountStatus } from "../account/account.entity.js";
import { emailKeyOf } from "../account/account-rules.js";
import { signAccessToken } from "../auth/access-token.js";
import type { Caller } from "../shared/caller.js";
import { REDACTED_FIELDS } from "../shared/caller.js";
import { addSeconds, DAY, iso, MINUTE } from "../shared/clock.js";
import type { IdentityDependencies } from "../shared/dependencies.js";
import { randomSecret, sha256Hex } from "../shared/secrets.js";
import { RefreshToken, Session, SessionEndReason, SessionKind, SignInThrottle } from "./session.entity.js";
import { SignInPayload } from "./sign-in.payload.js";

export const REFRESH_TOKEN_TTL_SECONDS = 30 * DAY;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_OUT_SECONDS = 15 * MINUTE;

export const WRONG_CREDENTIALS: Message = msg`E-mail or password is wrong.`;

/** Sign-in is locked after too many failures: says when to try again (`extensions.retryAt`, ISO 8601). */
/**
 * A spent refresh token that comes back within this many seconds of its rotation is refused without ending the session.
 * Tabs of one browser share the session and take turns to refresh, but a tab may read the stored token just before
 * another tab's rotation reaches it; a thief replaying a token that late gets nothing either.
 */
export const ROTATION_GRACE_SECONDS = 10;

function rotatedMomentsAgo(): DomainError {
  return new DomainError(
    "UNAUTHENTICATED",
    "This refresh token was exchanged moments ago, by another tab or request: use the newest one.",
    { reason: "REFRESH_TOKEN_ROTATED" },
  );
}

export class SignInLockedError extends DomainError {
  constructor(until: Date) {
    super(
      "RATE_LIMITED",
      msg`Too many failed sign-ins with this e-mail: sign-in is locked until ${iso(until)}. Try again after that time.`,
      {
        retryAt: iso(until),
      },
    );
  }
}

/** The viewer a session's tokens describe: who acts in the audit entries of a sign-in. */
export function viewerOf(account: Account, sessionId: string | null): Viewer {
  return {
    accountId: account.id,
    role: account.role,
    memberId: account.memberId,
    institutionIds: account.institutionIds,
    partnerId: account.partnerId,
    sessionId,
  };
}

/** Sign-in, refresh-token rotation, sign-out, and whether a session is still active. */
export class SessionService {
  constructor(private readonly deps: IdentityDependencies) {}

  private get dataSource() {
    return this.deps.dataSource;
  }

  /**
   * Signs in with e-mail and password. Wrong e-mail and wrong password fail alike, in the same time; the 5th
   * consecutive failure locks sign-in with that e-mail for 15 minutes, even with the right password.
   */
  async signIn(email: string, password: string, caller: Caller): Promise<SignInPayload> {
    const emailKey = emailKeyOf(email);
    await this.refuseWhileLocked(emailKey);
    const account = emailKey ? await this.dataSource.getRepository(Account).findOneBy({ emailKey }) : null;
    const valid = await this.deps.passwords.verify(password, account?.passwordHash ?? null);
    if (!valid || !account) return this.failSignIn(emailKey, account, caller);
    await this.dataSource.getRepository(SignInThrottle).delete({ emailKey });
    if (account.status !== AccountStatus.ACTIVE) {
      throw new ForbiddenError("This account is disabled. Ask the support unit to enable it again.");
    }
    const rehash = account.passwordHash && this.deps.passwords.needsRehash(account.passwordHash);
    const passwordHash = rehash ? await this.deps.passwords.hash(password) : null;
    return this.openSession(account, SessionKind.PASSWORD, null, "signIn", caller, async (manager) => {
      if (passwordHash) await manager.update(Account, { id: account.id }, { passwordHash });
    });
  }

  private async refuseWhileLocked(emailKey: string): Promise<void> {
    const throttle = await this.dataSource.getRepository(SignInThrottle).findOneBy({ emailKey });
    if (throttle?.lockedUntil && throttle.lockedUntil > iso(this.deps.now())) throw new SignInLockedError(new Date(throttle.lockedUntil));
  }

  /** Counts a failure (atomically, so parallel attempts all count) and locks sign-in at the fifth. */
  private async failSignIn(emailKey: string, account: Account | null, caller: Caller): Promise<never> {
    const now = this.deps.now();
    const builder = this.dataSource.createQueryBuilder();
    await builder
      .insert()
      .into(SignInThrottle)
      .values({ emailKey, failures: 0, lockedUntil: null, updatedAt: iso(now) })
      .orIgnore()
      .execute();
    await builder
      .update(SignInThrottle)
      .set({ failures: () => "failures + 1", updatedAt: iso(now) })
      .where("email_key = :emailKey", { emailKey })
      .execute();
    const throttle = await this.dataSource.getRepository(SignInThrottle).findOneByOrFail({ emailKey });
    if (throttle.failures < MAX_FAILED_SIGN_INS) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    const until = addSeconds(now, LOCK_OUT_SECONDS);
    await transaction(this.dataSource, async (manager) => {
      await manager.update(SignInThrottle, { emailKey }, { failures: 0, lockedUntil: iso(until), updatedAt: iso(now) });
      if (account) {
        await recordAudit(manager, {
          viewer: caller.viewer,
          operation: "signInLocked",
          entityType: "Account",
          entityId: account.id,
          changes: { signInLockedUntil: { from: null, to: iso(until) } },
          requestId: caller.requestId ?? null,
        });
      }
    });
    throw new SignInLockedError(until);
  }

  /**
   * Opens a session for `account` and signs its first token pair. `within` runs in the same transaction (an account
   * created by an invitation, an API key's last use), so the session exists only if all of it commits.
   */
  async openSession(
    account: Account,
    kind: SessionKind,
    apiKeyId: string | null,
    operation: string,
    caller: Caller,
    within?: (manager: EntityManager) => Promise<void>,
  ): Promise<SignInPayload> {
    const now = this.deps.now();
    const sessionId = randomUUID();
    const refreshToken = randomSecret(32);
    const refreshExpiresAt = addSeconds(now, REFRESH_TOKEN_TTL_SECONDS);
    await transaction(this.dataSource, async (manager) => {
      await within?.(manager);
      const session: Session = {
        id: sessionId,
        accountId: account.id,
        kind,
        apiKeyId,
        createdAt: iso(now),
        lastUsedAt: iso(now),
        expiresAt: iso(refreshExpiresAt),
        revokedAt: null,
        revokedReason: null,
      };
      await manager.insert(Session, session);
      await manager.insert(RefreshToken, {
        tokenHash: sha256Hex(refreshToken),
        sessionId,
        issuedAt: iso(now),
        expiresAt: iso(refreshExpiresAt),
        usedAt: null,
      });
      await manager.update(Account, { id: account.id }, { lastSignInTime: iso(now) });
      await recordAudit(manager, {
        viewer: viewerOf(account, sessionId),
        operation,
        entityType: "Session",
        entityId: sessionId,
        changes: diffFields(null, { accountId: account.id, kind, apiKeyId, expiresAt: session.expiresAt }),
        requestId: caller.requestId ?? null,
      });
    });
    account.lastSignInTime = iso(now);
    return this.payload(account, sessionId, refreshToken, refreshExpiresAt);
  }

  /**
   * Exchanges a refresh token for a new pair. The old token is spent; presenting a spent token again means someone
   * kept a copy, so the whole session ends (RFC 9700, refresh-token rotation with reuse detection) — unless it comes
   * back within ROTATION_GRACE_SECONDS of its rotation: then it is only refused, with `reason: REFRESH_TOKEN_ROTATED`.
   */
  async refresh(refreshToken: string, caller: Caller): Promise<SignInPayload> {
    const now = this.deps.now();
    const tokenHash = sha256Hex(refreshToken);
    const stored = await this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash });
    if (!stored) throw new UnauthenticatedError("The refresh token is not valid: sign in again.");
    const session = await this.dataSource.getRepository(Session).findOneBy({ id: stored.sessionId });
    if (!session || session.revokedAt) throw new UnauthenticatedError("This session has ended: sign in again.");
    if (stored.usedAt) {
      if (Date.parse(stored.usedAt) > now.getTime() - ROTATION_GRACE_SECONDS * 1000) throw rotatedMomentsAgo();
      return this.endForReuse(session, caller);
    }
    if (stored.expiresAt <= iso(now)) throw new UnauthenticatedError("The refresh token has expired: sign in again.");
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: session.accountId });
    if (!account || account.status !== AccountStatus.ACTIVE) throw new UnauthenticatedError("This session has ended: sign in again.");

    const next = randomSecret(32);
    const nextExpiresAt = addSeconds(now, REFRESH_TOKEN_TTL_SECONDS);
    const rotated = await transaction(this.dataSource, async (manager) => {
      // Conditional on `used_at IS NULL`: of two parallel uses of one token, one rotates and the other is a reuse.
      const spent = await manager
        .createQueryBuilder()
        .update(RefreshToken)
        .set({ usedAt: iso(now) })
        .where("token_hash = :tokenHash AND used_at IS NULL", { tokenHash })
        .execute();
      if (spent.affected !== 1) return false;
      await manager.insert(RefreshToken, {
        tokenHash: sha256Hex(next),
        sessionId: session.id,
        issuedAt: iso(now),
        expiresAt: iso(nextExpiresAt),
        usedAt: null,
      });
      await manager.update(Session, { id: session.id }, { lastUsedAt: iso(now), expiresAt: iso(nextExpiresAt) });
      await recordAudit(manager, {
        viewer: viewerOf(account, session.id),
        operation: "refreshSession",
        entityType: "Session",
        entityId: session.id,
        changes: diffFields(
          { refreshToken: tokenHash, expiresAt: session.expiresAt },
          { refreshToken: sha256Hex(next), expiresAt: iso(nextExpiresAt) },
          { redact: REDACTED_FIELDS },
        ),
        requestId: caller.requestId ?? null,
      });
      return true;
    });
    // Two uses of one token at the same moment: the other one rotated it, this is the race the grace window is for.
    if (!rotated) throw rotatedMomentsAgo();
    return this.payload(account, session.id, next, nextExpiresAt);
  }

  private async endForReuse(session: Session, caller: Caller): Promise<never> {
    await transaction(this.dataSource, (manager) =>
      this.endSessions(manager, caller, { sessionId: session.id }, SessionEndReason.REFRESH_TOKEN_REUSED, "refreshTokenReused"),
    );
    throw new UnauthenticatedError(
      "This refresh token was already used, so it may have been copied: the session has been ended for safety. Sign in again.",
    );
  }

  /** Ends the caller's own session: its refresh token stops working, and so does its access token everywhere. */
  async signOut(caller: Caller): Promise<boolean> {
    const viewer = requireViewer(caller.viewer);
    if (!viewer.sessionId) return true;
    const sessionId = viewer.sessionId;
    await transaction(this.dataSource, (manager) =>
      this.endSessions(manager, caller, { sessionId, accountId: viewer.accountId }, SessionEndReason.SIGNED_OUT, "signOut"),
    );
    return true;
  }

  /**
   * Ends the active sessions that match `which` (one session, all of an account's, all of an API key's), with an audit
   * entry for each, in the caller's transaction. Returns how many ended.
   */
  async endSessions(
    manager: EntityManager,
    caller: Caller,
    which: { sessionId?: string; accountId?: string; apiKeyId?: string; exceptSessionId?: string | null },
    reason: SessionEndReason,
    operation: string,
  ): Promise<number> {
    const now = iso(this.deps.now());
    const query = manager
      .getRepository(Session)
      .createQueryBuilder("session")
      .select("session.id", "id")
      .where("session.revokedAt IS NULL");
    if (which.sessionId) query.andWhere("session.id = :sessionId", { sessionId: which.sessionId });
    if (which.accountId) query.andWhere("session.accountId = :accountId", { accountId: which.accountId });
    if (which.apiKeyId) query.andWhere("session.apiKeyId = :apiKeyId", { apiKeyId: which.apiKeyId });
    if (which.exceptSessionId) query.andWhere("session.id <> :exceptSessionId", { exceptSessionId: which.exceptSessionId });
    const ids = (await query.getRawMany<{ id: string }>()).map((row) => row.id);
    if (ids.length === 0) return 0;
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: now, revokedReason: reason })
      .where("id IN (:...ids) AND revoked_at IS NULL", { ids })
      .execute();
    for (const id of ids) {
      await recordAudit(manager, {
        viewer: caller.viewer,
        operation,
        entityType: "Session",
        entityId: id,
        changes: diffFields({ revokedAt: null, revokedReason: null }, { revokedAt: now, revokedReason: reason }),
        requestId: caller.requestId ?? null,
      });
    }
    return ids.length;
  }

  /** Whether tokens of this session may still be honoured: not ended, not expired. One primary-key lookup. */
  async isActive(sessionId: string): Promise<boolean> {
    if (!sessionId || sessionId.length > 36) return false;
    const session = await this.dataSource.getRepository(Session).findOne({
      select: { id: true, revokedAt: true, expiresAt: true },
      where: { id: sessionId },
    });
    return session !== null && session.revokedAt === null && session.expiresAt > iso(this.deps.now());
  }

  private async payload(account: Account, sessionId: string, refreshToken: string, refreshExpiresAt: Date): Promise<SignInPayload> {
    const key = await this.deps.keys.current();
    const access = await signAccessToken(
      key,
      this.deps.issuer,
      {
        accountId: account.id,
        role: account.role,
        memberId: account.memberId,
        institutionIds: account.institutionIds,
        partnerId: account.partnerId,
        sessionId,
      },
      this.deps.now(),
    );
    account.callerIsOwner = true;
    return Object.assign(new SignInPayload(), {
      accessToken: access.token,
      accessTokenExpiresAt: iso(access.expiresAt),
      refreshToken,
      refreshTokenExpiresAt: iso(refreshExpiresAt),
      sessionId,
      account,
    });
  }
}
