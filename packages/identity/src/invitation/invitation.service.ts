import { randomUUID } from "node:crypto";
import {
  BadUserInputError,
  ConflictError,
  type Connection,
  diffFields,
  ForbiddenError,
  type Locale,
  msg,
  NotFoundError,
  type PageArgs,
  paginate,
  Role,
  recordAudit,
  requireRole,
  SUPPORT_ROLES,
  transaction,
} from "@ogc/kit";
import { Account } from "../account/account.entity.js";
import { insertAccount, newAccount } from "../account/account.service.js";
import { checkDisplayName, checkScope, normaliseEmail } from "../account/account-rules.js";
import { checkPasswordRules } from "../auth/password.js";
import { SessionKind } from "../session/session.entity.js";
import { type SessionService, viewerOf } from "../session/session.service.js";
import type { SignInPayload } from "../session/sign-in.payload.js";
import { type Caller, REDACTED_FIELDS } from "../shared/caller.js";
import { addSeconds, DAY, iso } from "../shared/clock.js";
import type { IdentityDependencies } from "../shared/dependencies.js";
import { randomSecret, sha256Hex } from "../shared/secrets.js";
import { Invitation, InvitationPayload, InvitationStatus } from "./invitation.entity.js";
import { acceptUrlOf } from "./invitation-mail.js";

export const INVITATION_TTL_SECONDS = 7 * DAY;

/** Roles the support unit invites people to; administrators may also invite support-unit staff. */
const INVITABLE_BY_SUPPORT_UNIT: readonly Role[] = [Role.INSTITUTION_OFFICER, Role.PARTNER_EDITOR];
const INVITABLE_BY_ADMIN: readonly Role[] = [...INVITABLE_BY_SUPPORT_UNIT, Role.SUPPORT_UNIT, Role.SUPPORT_UNIT_ADMIN];

export interface InviteAccountValues {
  email: string;
  role: Role;
  memberId?: string | null;
  institutionIds?: string[] | null;
  partnerId?: string | null;
  /** The language of the e-mail; all three working languages when omitted. */
  language?: Locale | null;
}

/** Filter of the `invitations` list. */
export interface InvitationFilterValues {
  status?: InvitationStatus | null;
}

const SUPPORT_STAFF_ROLES: readonly Role[] = [Role.SUPPORT_UNIT, Role.SUPPORT_UNIT_ADMIN];

/** What may be logged of a mail failure: codes only, since server replies can quote the recipient. */
function mailFailure(error: unknown): Record<string, unknown> {
  const { name, code, responseCode, command } = (error ?? {}) as Record<string, unknown>;
  return { name, code, responseCode, command };
}

function auditView(invitation: Invitation): Record<string, unknown> {
  return {
    email: invitation.email,
    tokenHash: invitation.tokenHash,
    role: invitation.role,
    memberId: invitation.memberId,
    institutionIds: invitation.institutionIds,
    partnerId: invitation.partnerId,
    expiresAt: invitation.expiresAt,
  };
}

/** Invitations: the support unit invites officers and partner editors by e-mail; the invitee accepts with a password. */
export class InvitationService {
  constructor(
    private readonly deps: IdentityDependencies,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Creates an invitation and returns its one-time token (always shown to the inviter), then e-mails the accept link
   * when a mail transport is configured. A newer invitation to the same e-mail replaces any pending one. The mail is
   * sent after the invitation is committed, and its failure loses nothing: `mailed` says whether it went out.
   */
  async invite(caller: Caller, input: InviteAccountValues): Promise<InvitationPayload> {
    const inviter = requireRole(caller.viewer, SUPPORT_ROLES);
    if (input.role === Role.API_CLIENT)
      throw new BadUserInputError("Dashboards get an API key with `createApiKey`, not an invitation.", "input.role");
    const allowed = inviter.role === Role.SUPPORT_UNIT_ADMIN ? INVITABLE_BY_ADMIN : INVITABLE_BY_SUPPORT_UNIT;
    if (!allowed.includes(input.role)) throw new ForbiddenError(msg`Only an administrator invites accounts with the role ${input.role}.`);
    const { email, emailKey } = normaliseEmail(input.email, "input.email");
    const scope = checkScope(input.role, input, "input.");
    await this.deps.directory.checkScope(scope, "input.", caller.logger);

    const now = this.deps.now();
    const token = randomSecret(32);
    const invitation = Object.assign(new Invitation(), {
      id: randomUUID(),
      tokenHash: sha256Hex(token),
      email,
      emailKey,
      role: input.role,
      ...scope,
      invitedById: inviter.accountId,
      createdAt: iso(now),
      expiresAt: iso(addSeconds(now, INVITATION_TTL_SECONDS)),
      acceptedAt: null,
      accountId: null,
      revokedAt: null,
    });
    await transaction(this.deps.dataSource, async (manager) => {
      if (await manager.existsBy(Account, { emailKey })) throw new ConflictError("An account with this e-mail already exists.");
      await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ revokedAt: iso(now) })
        .where("email_key = :emailKey AND accepted_at IS NULL AND revoked_at IS NULL", { emailKey })
        .execute();
      await manager.insert(Invitation, invitation);
      await recordAudit(manager, {
        viewer: inviter,
        operation: "inviteAccount",
        entityType: "Invitation",
        entityId: invitation.id,
        changes: diffFields(null, auditView(invitation), { redact: REDACTED_FIELDS }),
        requestId: caller.requestId ?? null,
      });
    });
    const mailed = await this.mail(caller, invitation, token, input.language ?? null);
    return Object.assign(new InvitationPayload(), { token, invitation, mailed });
  }

  /** Hands the invitation e-mail to the mail server; false when there is none or it refused. Logs neither token nor address. */
  private async mail(caller: Caller, invitation: Invitation, token: string, language: Locale | null): Promise<boolean> {
    const mailer = this.deps.mailer;
    if (!mailer) return false;
    try {
      await mailer.send({
        to: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        acceptUrl: acceptUrlOf(this.deps.invitationUrl, token),
        language,
      });
      caller.logger?.info({ invitationId: invitation.id }, "invitation e-mail sent");
      return true;
    } catch (error) {
      caller.logger?.warn(
        { invitationId: invitation.id, mailError: mailFailure(error) },
        "invitation e-mail not sent: the inviter has the token to pass on",
      );
      return false;
    }
  }

  /** Where an invitation stands now. */
  statusOf(invitation: Invitation): InvitationStatus {
    if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
    if (invitation.revokedAt) return InvitationStatus.WITHDRAWN;
    return invitation.expiresAt <= iso(this.deps.now()) ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
  }

  /** Invitations, newest first, optionally in one status. Support unit only; tokens are never readable. */
  list(caller: Caller, page: PageArgs, filter: InvitationFilterValues = {}): Promise<Connection<Invitation>> {
    requireRole(caller.viewer, SUPPORT_ROLES);
    const query = this.deps.dataSource.getRepository(Invitation).createQueryBuilder("invitation");
    const now = iso(this.deps.now());
    switch (filter.status) {
      case InvitationStatus.PENDING:
        query.where("invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL AND invitation.expiresAt > :now", { now });
        break;
      case InvitationStatus.ACCEPTED:
        query.where("invitation.acceptedAt IS NOT NULL");
        break;
      case InvitationStatus.EXPIRED:
        query.where("invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL AND invitation.expiresAt <= :now", { now });
        break;
      case InvitationStatus.WITHDRAWN:
        query.where("invitation.acceptedAt IS NULL AND invitation.revokedAt IS NOT NULL");
        break;
      default:
        break;
    }
    return paginate(
      query,
      page,
      { column: "invitation.createdAt", property: "createdAt", direction: "DESC" },
      { column: "invitation.id", property: "id" },
    );
  }

  /**
   * Withdraws an invitation that has not been accepted: its token stops working. Support unit; only administrators
   * withdraw invitations of support-unit staff (as only they send them). Withdrawing it again changes nothing.
   */
  async withdraw(caller: Caller, id: string): Promise<Invitation> {
    const viewer = requireRole(caller.viewer, SUPPORT_ROLES);
    const now = iso(this.deps.now());
    return transaction(this.deps.dataSource, async (manager) => {
      const invitation = await manager.findOneBy(Invitation, { id });
      if (!invitation) throw new NotFoundError(msg`There is no invitation with the id "${id}".`);
      if (SUPPORT_STAFF_ROLES.includes(invitation.role) && viewer.role !== Role.SUPPORT_UNIT_ADMIN) {
        throw new ForbiddenError("Only an administrator withdraws an invitation of support-unit staff.");
      }
      if (invitation.acceptedAt) {
        throw new ConflictError("This invitation has already been accepted: disable the account instead.");
      }
      if (invitation.revokedAt) return invitation;
      const result = await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ revokedAt: now })
        .where("id = :id AND accepted_at IS NULL AND revoked_at IS NULL", { id })
        .execute();
      if (result.affected !== 1) throw new ConflictError("This invitation was accepted or withdrawn meanwhile: reload it.");
      await recordAudit(manager, {
        viewer,
        operation: "withdrawInvitation",
        entityType: "Invitation",
        entityId: id,
        changes: diffFields({ revokedAt: null }, { revokedAt: now }),
        requestId: caller.requestId ?? null,
      });
      return Object.assign(invitation, { revokedAt: now });
    });
  }

  /** Creates the invited account with its password and signs it in. A token works once, within 7 days. */
  async accept(caller: Caller, token: string, displayName: string, password: string): Promise<SignInPayload> {
    const now = this.deps.now();
    const invitation = await this.deps.dataSource.getRepository(Invitation).findOneBy({ tokenHash: sha256Hex(token.trim()) });
    if (!invitation) throw new BadUserInputError("This invitation token is not valid. Check that it was copied whole.", "token");
    if (invitation.acceptedAt) throw new BadUserInputError("This invitation has already been used: sign in instead.", "token");
    if (invitation.revokedAt) {
      throw new BadUserInputError(
        "This invitation was withdrawn or replaced by a newer one: use the token of the latest invitation, or ask the support unit for one.",
        "token",
      );
    }
    if (invitation.expiresAt <= iso(now)) {
      throw new BadUserInputError(msg`This invitation expired at ${invitation.expiresAt}: ask the support unit for a new one.`, "token");
    }
    const name = checkDisplayName(displayName);
    checkPasswordRules(password);
    const passwordHash = await this.deps.passwords.hash(password);
    const account = newAccount(
      {
        email: invitation.email,
        emailKey: invitation.emailKey,
        displayName: name,
        role: invitation.role,
        memberId: invitation.memberId,
        institutionIds: invitation.institutionIds,
        partnerId: invitation.partnerId,
        passwordHash,
      },
      now,
    );
    // The invitee, not yet signed in, is the one who acts.
    const invitee = { viewer: viewerOf(account, null), requestId: caller.requestId ?? null };
    return this.sessions.openSession(account, SessionKind.PASSWORD, null, "acceptInvitation", caller, async (manager) => {
      if (await manager.existsBy(Account, { emailKey: invitation.emailKey })) {
        throw new ConflictError("An account with this e-mail already exists: sign in instead.");
      }
      await insertAccount(manager, account, invitee, "acceptInvitation");
      // Conditional on still pending: of two parallel acceptances, one wins and the other rolls back.
      const taken = await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ acceptedAt: iso(now), accountId: account.id })
        .where("id = :id AND accepted_at IS NULL AND revoked_at IS NULL", { id: invitation.id })
        .execute();
      if (taken.affected !== 1) throw new BadUserInputError("This invitation has already been used: sign in instead.", "token");
      await recordAudit(manager, {
        viewer: invitee.viewer,
        operation: "acceptInvitation",
        entityType: "Invitation",
        entityId: invitation.id,
        changes: diffFields({ acceptedAt: null, accountId: null }, { acceptedAt: iso(now), accountId: account.id }),
        requestId: caller.requestId ?? null,
      });
    });
  }
}
