import { ConnectionType, Role } from "@ogc/kit";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum AccountStatus {
  ACTIVE = "ACTIVE",
  DISABLED = "DISABLED",
}

registerEnumType(AccountStatus, {
  name: "AccountStatus",
  description: "Whether an account may sign in.",
  valuesConfig: {
    ACTIVE: { description: "The account may sign in." },
    DISABLED: { description: "Disabled by the support unit: it cannot sign in and its sessions have ended." },
  },
});

/**
 * A person (or a dashboard) who signs in. The password hash never leaves this subgraph: it has no GraphQL field.
 * Other subgraphs refer to accounts by `id` (who changed a commitment, who moderated a story).
 */
@Entity("account")
@ObjectType({
  description:
    "Someone who signs in to the hub: OGP support-unit staff, an officer of public institutions, a partner's editor, or a dashboard with an API key.",
})
@Directive('@key(fields: "id")')
export class Account {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier; other subgraphs refer to the account by it." })
  id!: string;

  /** As typed when invited; read through `email`, which only the account itself and the support unit may see. */
  @Column("varchar", { name: "email", length: 254, nullable: true })
  emailAddress!: string | null;

  /** Lower-case e-mail, unique: e-mails are compared whatever their case. */
  @Column("varchar", { name: "email_key", length: 254, nullable: true })
  emailKey!: string | null;

  @Column("varchar", { name: "display_name", length: 200 })
  @Field({ description: "The name shown to others, e.g. in the history of a commitment." })
  displayName!: string;

  @Column("varchar", { length: 32 })
  @Field(() => Role, { description: "What the account may do." })
  role!: Role;

  @Column("varchar", { name: "member_id", length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: "INSTITUTION_OFFICER: the OGP member whose institutions the account serves." })
  memberId!: string | null;

  @Column("simple-json", { name: "institution_ids" })
  @Field(() => [ID], { description: "INSTITUTION_OFFICER: the public institutions the account acts for; empty for other roles." })
  institutionIds!: string[];

  @Column("varchar", { name: "partner_id", length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: "PARTNER_EDITOR: the partner organisation the account edits for." })
  partnerId!: string | null;

  @Column("varchar", { length: 16 })
  @Field(() => AccountStatus, { description: "Whether the account may sign in." })
  status!: AccountStatus;

  /** scrypt hash with its salt and parameters (password.ts); null for API clients, which sign in with a key. */
  @Column("varchar", { name: "password_hash", length: 255, nullable: true })
  passwordHash!: string | null;

  @Column("int")
  @Field(() => Int, {
    description: "Changes with every edit. Send it back with a change: a change made to an older version fails with CONFLICT.",
  })
  version!: number;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When the account was created (ISO 8601, UTC)." })
  createdAt!: string;

  @Column("varchar", { name: "updated_at", length: 30 })
  @Field({ description: "When the account last changed (ISO 8601, UTC)." })
  updatedAt!: string;

  /** Read through `lastSignInAt`, visible to the account itself and the support unit only. */
  @Column("varchar", { name: "last_sign_in_at", length: 30, nullable: true })
  lastSignInTime!: string | null;

  /**
   * Set on the account a sign-in has just returned: the caller proved to be its owner, though the request carried no
   * token yet, so it may read its own e-mail in the payload. Not stored.
   */
  callerIsOwner?: boolean;
}

@ObjectType("AccountConnection", { description: "A page of accounts." })
export class AccountConnection extends ConnectionType(Account, "Account") {}
