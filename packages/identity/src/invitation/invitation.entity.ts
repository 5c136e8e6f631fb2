import { ConnectionType, Role } from "@ogc/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Where an invitation stands; derived from its dates, never stored. */
export enum InvitationStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  EXPIRED = "EXPIRED",
  WITHDRAWN = "WITHDRAWN",
}

registerEnumType(InvitationStatus, {
  name: "InvitationStatus",
  description: "Where an invitation stands.",
  valuesConfig: {
    PENDING: { description: "Sent, not yet used, not expired: its token creates the account." },
    ACCEPTED: { description: "Used: the account exists." },
    EXPIRED: { description: "Not used within 7 days; the token is refused." },
    WITHDRAWN: { description: "Withdrawn by the support unit, or replaced by a newer invitation to the same e-mail." },
  },
});

/**
 * An invitation to create an account with a given role and scope. Its token is shown once to the inviter (no mail
 * server is assumed), and e-mailed to the invitee when a mail transport is configured; it is stored only as a SHA-256
 * and works once, within 7 days.
 */
@Entity("invitation")
@ObjectType({ description: "An invitation to create an account with a given role and scope; valid 7 days, usable once." })
export class Invitation {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Identifier of the invitation (not its token)." })
  id!: string;

  @Column("varchar", { name: "token_hash", length: 64 })
  tokenHash!: string;

  @Column("varchar", { length: 254 })
  @Field({ description: "The e-mail the account will have." })
  email!: string;

  @Column("varchar", { name: "email_key", length: 254 })
  emailKey!: string;

  @Column("varchar", { length: 32 })
  @Field(() => Role, { description: "The role the account will have." })
  role!: Role;

  @Column("varchar", { name: "member_id", length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: "INSTITUTION_OFFICER: the member whose institutions the account will serve." })
  memberId!: string | null;

  @Column("simple-json", { name: "institution_ids" })
  @Field(() => [ID], { description: "INSTITUTION_OFFICER: the institutions the account will act for." })
  institutionIds!: string[];

  @Column("varchar", { name: "partner_id", length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: "PARTNER_EDITOR: the partner the account will edit for." })
  partnerId!: string | null;

  @Column("varchar", { name: "invited_by", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "The account that sent the invitation." })
  invitedById!: string | null;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When it was sent (ISO 8601, UTC)." })
  createdAt!: string;

  @Column("varchar", { name: "expires_at", length: 30 })
  @Field({ description: "After this time (ISO 8601, UTC) the token is refused." })
  expiresAt!: string;

  @Column("varchar", { name: "accepted_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When the account was created with it; null while pending." })
  acceptedAt!: string | null;

  @Column("varchar", { name: "account_id", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "The account created with it." })
  accountId!: string | null;

  @Column("varchar", { name: "revoked_at", length: 30, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "When it was withdrawn (`withdrawInvitation`) or replaced by a newer invitation to the same e-mail; null otherwise.",
  })
  revokedAt!: string | null;
}

@ObjectType("InvitationConnection", { description: "A page of invitations." })
export class InvitationConnection extends ConnectionType(Invitation, "Invitation") {}

@ObjectType({ description: "A new invitation and its one-time token." })
export class InvitationPayload {
  @Field({
    description:
      "The one-time token to give the invitee, who passes it to `acceptInvitation`. Shown only now: it is stored hashed and cannot be shown again.",
  })
  token!: string;

  @Field(() => Invitation, { description: "The invitation, as stored." })
  invitation!: Invitation;

  @Field({
    description:
      "Whether the invitation e-mail (with the accept link) was handed to the mail server. False when no mail transport is configured or sending failed: pass the token on yourself; the invitation is kept either way.",
  })
  mailed!: boolean;
}
