import { randomUUID } from "node:crypto";
import {
  BadUserInputError,
  ConflictError,
  diffFields,
  ForbiddenError,
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
import { Invitation, InvitationPayload } from "./invitation.entity.js";

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
   * Creates an invitation and returns its one-time token (shown to the inviter: no mail server is assumed). A newer
   * invitation to the same e-mail replaces any pending one.
   */
  async invite(caller: Caller, input: InviteAccountValues): Promise<InvitationPayload> {
    const inviter = requireRole(caller.viewer, SUPPORT_ROLES);
    if (input.role === Role.API_CLIENT)
      throw new BadUserInputError("Dashboards get an API key with `createApiKey`, not an invitation.", "input.role");
    const allowed = inviter.role === Role.SUPPORT_UNIT_ADMIN ? INVITABLE_BY_ADMIN : INVITABLE_BY_SUPPORT_UNIT;
    if (!allowed.includes(input.role)) throw new ForbiddenError(`Only an administrator invites accounts with the role ${input.role}.`);
    const { email, emailKey } = normaliseEmail(input.email, "input.email");
    const scope = checkScope(input.role, input, "input.");
    await this.deps.directory.checkScope(scope, "input.");

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
    return Object.assign(new InvitationPayload(), { token, invitation });
  }

  /** Creates the invited account with its password and signs it in. A token works once, within 7 days. */
  async accept(caller: Caller, token: string, displayName: string, password: string): Promise<SignInPayload> {
    const now = this.deps.now();
    const invitation = await this.deps.dataSource.getRepository(Invitation).findOneBy({ tokenHash: sha256Hex(token.trim()) });
    if (!invitation) throw new BadUserInputError("This invitation token is not valid. Check that it was copied whole.", "token");
    if (invitation.acceptedAt) throw new BadUserInputError("This invitation has already been used: sign in instead.", "token");
    if (invitation.revokedAt) {
      throw new BadUserInputError("This invitation was replaced by a newer one: use the token of the latest invitation.", "token");
    }
    if (invitation.expiresAt <= iso(now)) {
      throw new BadUserInputError(`This invitation expired at ${invitation.expiresAt}: ask the support unit for a new one.`, "token");
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
