import { randomUUID } from "node:crypto";
import {
  alignByKey,
  BadUserInputError,
  ConflictError,
  type Connection,
  diffFields,
  type LoaderRegistry,
  msg,
  NotFoundError,
  type PageArgs,
  paginate,
  Role,
  recordAudit,
  requireRole,
  requireViewer,
  transaction,
} from "@ogc/kit";
import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { checkPasswordRules } from "../auth/password.js";
import { SessionEndReason } from "../session/session.entity.js";
import type { SessionService } from "../session/session.service.js";
import { type Caller, REDACTED_FIELDS } from "../shared/caller.js";
import { iso } from "../shared/clock.js";
import type { IdentityDependencies } from "../shared/dependencies.js";
import { Account, AccountStatus } from "./account.entity.js";
import { type AccountScope, checkScope } from "./account-rules.js";

/** Filter of the `accounts` list. */
export interface AccountFilterValues {
  role?: Role | null;
  status?: AccountStatus | null;
  /** Part of the e-mail or display name, any case. */
  search?: string | null;
}

export interface NewAccount extends AccountScope {
  email: string | null;
  emailKey: string | null;
  displayName: string;
  role: Role;
  passwordHash: string | null;
}

/** A new active account at version 1. */
export function newAccount(fields: NewAccount, now: Date): Account {
  return Object.assign(new Account(), {
    id: randomUUID(),
    emailAddress: fields.email,
    emailKey: fields.emailKey,
    displayName: fields.displayName,
    role: fields.role,
    memberId: fields.memberId,
    institutionIds: fields.institutionIds,
    partnerId: fields.partnerId,
    status: AccountStatus.ACTIVE,
    passwordHash: fields.passwordHash,
    version: 1,
    createdAt: iso(now),
    updatedAt: iso(now),
    lastSignInTime: null,
  });
}

/** The fields of an account an audit entry compares; personal data is listed in REDACTED_FIELDS. */
export function auditView(account: Account | null): Record<string, unknown> | null {
  if (!account) return null;
  return {
    email: account.emailAddress,
    displayName: account.displayName,
    role: account.role,
    memberId: account.memberId,
    institutionIds: account.institutionIds,
    partnerId: account.partnerId,
    status: account.status,
    passwordHash: account.passwordHash,
    version: account.version,
  };
}

/** Inserts a new account with its audit entry, in the caller's transaction. */
export async function insertAccount(manager: EntityManager, account: Account, caller: Caller, operation: string): Promise<void> {
  const { callerIsOwner: _, ...row } = account;
  await manager.insert(Account, row);
  await recordAudit(manager, {
    viewer: caller.viewer,
    operation,
    entityType: "Account",
    entityId: account.id,
    changes: diffFields(null, auditView(account), { redact: REDACTED_FIELDS }),
    requestId: caller.requestId ?? null,
  });
}

const ADMIN: readonly Role[] = [Role.SUPPORT_UNIT_ADMIN];

/** Reads and manages accounts. One per request: its loader batches every account lookup of one operation. */
export class AccountService {
  constructor(
    private readonly deps: IdentityDependencies,
    private readonly loaders: LoaderRegistry,
    private readonly sessions: SessionService,
  ) {}

  /** One account by id, batched with every other lookup of the request (references from other subgraphs). */
  byId(id: string): Promise<Account | null> {
    return this.loaders
      .get<string, Account | null>("account", async (ids) => {
        const rows = await this.deps.dataSource.getRepository(Account).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  /** The signed-in account; null when anonymous. */
  viewer(caller: Caller): Promise<Account | null> {
    return caller.viewer ? this.byId(caller.viewer.accountId) : Promise.resolve(null);
  }

  get(caller: Caller, id: string): Promise<Account | null> {
    requireRole(caller.viewer, ADMIN);
    return this.byId(id);
  }

  /** Accounts, oldest first, filtered by role, status and a search over e-mail and display name. */
  list(caller: Caller, page: PageArgs, filter: AccountFilterValues = {}): Promise<Connection<Account>> {
    requireRole(caller.viewer, ADMIN);
    const query = this.deps.dataSource.getRepository(Account).createQueryBuilder("account");
    if (filter.role) query.andWhere("account.role = :role", { role: filter.role });
    if (filter.status) query.andWhere("account.status = :status", { status: filter.status });
    const search = filter.search?.trim().toLowerCase();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      query.andWhere("(account.emailKey LIKE :pattern ESCAPE '\\' OR LOWER(account.displayName) LIKE :pattern ESCAPE '\\')", { pattern });
    }
    return paginate(
      query,
      page,
      { column: "account.createdAt", property: "createdAt", direction: "ASC" },
      { column: "account.id", property: "id" },
    );
  }

  /** Disables an account and ends all its sessions: its tokens stop working at once. */
  disable(caller: Caller, id: string, version: number): Promise<Account> {
    const admin = requireRole(caller.viewer, ADMIN);
    if (id === admin.accountId) throw new BadUserInputError("You cannot disable your own account; ask another administrator.", "id");
    return this.change(
      caller,
      id,
      version,
      "disableAccount",
      () => ({ status: AccountStatus.DISABLED }),
      SessionEndReason.ACCOUNT_DISABLED,
    );
  }

  enable(caller: Caller, id: string, version: number): Promise<Account> {
    requireRole(caller.viewer, ADMIN);
    return this.change(caller, id, version, "enableAccount", () => ({ status: AccountStatus.ACTIVE }), null);
  }

  /**
   * Changes an account's role and scope. Its sessions end, so no token keeps the old role's rights until it expires.
   * API clients keep their role (they are made with `createApiKey`), and nobody changes their own role.
   */
  async changeRole(
    caller: Caller,
    input: {
      id: string;
      version: number;
      role: Role;
      memberId?: string | null;
      institutionIds?: string[] | null;
      partnerId?: string | null;
    },
  ): Promise<Account> {
    const admin = requireRole(caller.viewer, ADMIN);
    if (input.id === admin.accountId) throw new BadUserInputError("You cannot change your own role; ask another administrator.", "id");
    if (input.role === Role.API_CLIENT) throw new BadUserInputError("API clients are created with `createApiKey`.", "role");
    const scope = checkScope(input.role, input);
    await this.deps.directory.checkScope(scope, "", caller.logger);
    return this.change(
      caller,
      input.id,
      input.version,
      "changeRole",
      (account) => {
        if (account.role === Role.API_CLIENT) throw new BadUserInputError("An API client keeps its role; revoke its key instead.", "role");
        return { role: input.role, ...scope };
      },
      SessionEndReason.ROLE_CHANGED,
    );
  }

  /** Changes the caller's own password; their other sessions end. */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<boolean> {
    const viewer = requireViewer(caller.viewer);
    const account = await this.deps.dataSource.getRepository(Account).findOneBy({ id: viewer.accountId });
    if (!account?.passwordHash) throw new BadUserInputError("This account signs in without a password.", "currentPassword");
    if (!(await this.deps.passwords.verify(currentPassword, account.passwordHash))) {
      throw new BadUserInputError("The current password is wrong.", "currentPassword");
    }
    checkPasswordRules(newPassword, "newPassword");
    const passwordHash = await this.deps.passwords.hash(newPassword);
    const now = iso(this.deps.now());
    await transaction(this.deps.dataSource, async (manager) => {
      await manager.update(Account, { id: account.id }, { passwordHash, updatedAt: now });
      await recordAudit(manager, {
        viewer,
        operation: "changePassword",
        entityType: "Account",
        entityId: account.id,
        changes: diffFields({ passwordHash: account.passwordHash }, { passwordHash }, { redact: REDACTED_FIELDS }),
        requestId: caller.requestId ?? null,
      });
      await this.sessions.endSessions(
        manager,
        caller,
        { accountId: account.id, exceptSessionId: viewer.sessionId },
        SessionEndReason.PASSWORD_CHANGED,
        "changePassword",
      );
    });
    return true;
  }

  /**
   * Applies an edit to the version the caller read, in one transaction with its audit entry: a stale version fails
   * with CONFLICT, so two administrators never overwrite each other's change unknowingly.
   */
  private async change(
    caller: Caller,
    id: string,
    version: number,
    operation: string,
    edit: (account: Account) => Partial<Pick<Account, "status" | "role" | "memberId" | "institutionIds" | "partnerId">>,
    endSessionsFor: SessionEndReason | null,
  ): Promise<Account> {
    return transaction(this.deps.dataSource, async (manager) => {
      const account = await manager.findOneBy(Account, { id });
      if (!account) throw new NotFoundError(msg`There is no account with the id "${id}".`);
      if (account.version !== version) throw staleVersion(version, account.version);
      const before = auditView(account);
      const edited = edit(account);
      if (Object.keys(diffFields(before, { ...before, ...edited })).length === 0) return account;
      const next = { ...edited, version: version + 1, updatedAt: iso(this.deps.now()) };
      const result = await manager
        .createQueryBuilder()
        .update(Account)
        .set(next)
        .where("id = :id AND version = :version", { id, version })
        .execute();
      if (result.affected !== 1) throw staleVersion(version, null);
      const updated = Object.assign(account, next);
      await recordAudit(manager, {
        viewer: caller.viewer,
        operation,
        entityType: "Account",
        entityId: id,
        changes: diffFields(before, auditView(updated), { redact: REDACTED_FIELDS }),
        requestId: caller.requestId ?? null,
      });
      if (endSessionsFor) await this.sessions.endSessions(manager, caller, { accountId: id }, endSessionsFor, operation);
      return updated;
    });
  }
}

function staleVersion(sent: number, current: number | null): ConflictError {
  if (current === null) {
    return new ConflictError(msg`The account has changed since you read it (you sent version ${sent}). Reload it and try again.`);
  }
  return new ConflictError(
    msg`The account has changed since you read it (you sent version ${sent}, it is now at version ${current}). Reload it and try again.`,
    { currentVersion: current },
  );
}
