import { randomUUID } from "node:crypto";
import {
  BadUserInputError,
  diffFields,
  msg,
  NotFoundError,
  Role,
  recordAudit,
  requireRole,
  SUPPORT_ROLES,
  transaction,
  UnauthenticatedError,
} from "@ogc/kit";
import { Account, AccountStatus } from "../account/account.entity.js";
import { insertAccount, newAccount } from "../account/account.service.js";
import { SessionEndReason, SessionKind } from "../session/session.entity.js";
import type { SessionService } from "../session/session.service.js";
import type { SignInPayload } from "../session/sign-in.payload.js";
import { type Caller, REDACTED_FIELDS } from "../shared/caller.js";
import { iso } from "../shared/clock.js";
import type { IdentityDependencies } from "../shared/dependencies.js";
import { randomSecret, sha256Hex } from "../shared/secrets.js";
import { ApiKey, ApiKeyPayload } from "./api-key.entity.js";

/** API keys start with this, so a leaked one is easy to recognise (secret scanners, logs). */
export const API_KEY_PREFIX = "ogc_";
const NAME_MAX_LENGTH = 200;

/** API keys of third-party dashboards: each belongs to its own API_CLIENT account and is exchanged for access tokens. */
export class ApiKeyService {
  constructor(
    private readonly deps: IdentityDependencies,
    private readonly sessions: SessionService,
  ) {}

  /** Creates an API_CLIENT account named `name` and its key; the key is returned once and stored hashed. */
  async create(caller: Caller, name: string): Promise<ApiKeyPayload> {
    const creator = requireRole(caller.viewer, SUPPORT_ROLES);
    const trimmed = name.trim();
    if (!trimmed) throw new BadUserInputError("Name the key after the dashboard that will use it.", "name");
    if (trimmed.length > NAME_MAX_LENGTH) throw new BadUserInputError(msg`A key's name has at most ${NAME_MAX_LENGTH} characters.`, "name");
    const now = this.deps.now();
    const apiKey = `${API_KEY_PREFIX}${randomSecret(32)}`;
    const account = newAccount(
      {
        email: null,
        emailKey: null,
        displayName: trimmed,
        role: Role.API_CLIENT,
        memberId: null,
        institutionIds: [],
        partnerId: null,
        passwordHash: null,
      },
      now,
    );
    const key = Object.assign(new ApiKey(), {
      id: randomUUID(),
      accountId: account.id,
      name: trimmed,
      keyHash: sha256Hex(apiKey),
      prefix: apiKey.slice(0, 12),
      createdById: creator.accountId,
      createdAt: iso(now),
      lastUsedAt: null,
      revokedAt: null,
    });
    await transaction(this.deps.dataSource, async (manager) => {
      await insertAccount(manager, account, caller, "createApiKey");
      await manager.insert(ApiKey, key);
      await recordAudit(manager, {
        viewer: creator,
        operation: "createApiKey",
        entityType: "ApiKey",
        entityId: key.id,
        changes: diffFields(
          null,
          { accountId: key.accountId, name: key.name, prefix: key.prefix, keyHash: key.keyHash },
          { redact: REDACTED_FIELDS },
        ),
        requestId: caller.requestId ?? null,
      });
    });
    return Object.assign(new ApiKeyPayload(), { apiKey, key, account });
  }

  /** Revokes a key: it signs in no more, and the sessions it opened end at once. Revoking twice changes nothing. */
  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    requireRole(caller.viewer, SUPPORT_ROLES);
    return transaction(this.deps.dataSource, async (manager) => {
      const key = await manager.findOneBy(ApiKey, { id });
      if (!key) throw new NotFoundError(msg`There is no API key with the id "${id}".`);
      if (key.revokedAt) return key;
      const now = iso(this.deps.now());
      await manager.update(ApiKey, { id }, { revokedAt: now });
      await recordAudit(manager, {
        viewer: caller.viewer,
        operation: "revokeApiKey",
        entityType: "ApiKey",
        entityId: id,
        changes: diffFields({ revokedAt: null }, { revokedAt: now }),
        requestId: caller.requestId ?? null,
      });
      await this.sessions.endSessions(manager, caller, { apiKeyId: id }, SessionEndReason.API_KEY_REVOKED, "revokeApiKey");
      return Object.assign(key, { revokedAt: now });
    });
  }

  /** Every key, newest first (the key itself is never shown again). */
  list(caller: Caller): Promise<ApiKey[]> {
    requireRole(caller.viewer, SUPPORT_ROLES);
    return this.deps.dataSource.getRepository(ApiKey).find({ order: { createdAt: "DESC", id: "ASC" } });
  }

  /** Exchanges a key for an access token of its API_CLIENT account. */
  async signIn(caller: Caller, apiKey: string): Promise<SignInPayload> {
    const refused = () => new UnauthenticatedError("The API key is not valid or has been revoked.");
    const key = await this.deps.dataSource.getRepository(ApiKey).findOneBy({ keyHash: sha256Hex(apiKey.trim()) });
    if (!key || key.revokedAt) throw refused();
    const account = await this.deps.dataSource.getRepository(Account).findOneBy({ id: key.accountId });
    if (!account || account.status !== AccountStatus.ACTIVE) throw refused();
    const now = iso(this.deps.now());
    return this.sessions.openSession(account, SessionKind.API_KEY, key.id, "signInWithApiKey", caller, async (manager) => {
      await manager.update(ApiKey, { id: key.id }, { lastUsedAt: now });
    });
  }
}
