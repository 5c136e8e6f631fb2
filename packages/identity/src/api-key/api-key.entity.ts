import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Account } from "../account/account.entity.js";

/** An API key of a dashboard's API_CLIENT account. The key itself is stored only as its SHA-256. */
@Entity("api_key")
@ObjectType({ description: "An API key of a third-party dashboard; `signInWithApiKey` exchanges the key for an access token." })
export class ApiKey {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Identifier of the key record (not the key itself); `revokeApiKey` takes it." })
  id!: string;

  @Column("varchar", { name: "account_id", length: 36 })
  @Field(() => ID, { description: "The API_CLIENT account the key signs in as." })
  accountId!: string;

  @Column("varchar", { length: 200 })
  @Field({ description: "What the key is for, e.g. the dashboard's name." })
  name!: string;

  @Column("varchar", { name: "key_hash", length: 64 })
  keyHash!: string;

  @Column("varchar", { length: 16 })
  @Field({ description: "The first characters of the key, to tell keys apart." })
  prefix!: string;

  @Column("varchar", { name: "created_by", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "The support-unit account that created the key." })
  createdById!: string | null;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When the key was created (ISO 8601, UTC)." })
  createdAt!: string;

  @Column("varchar", { name: "last_used_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "Last exchange for an access token (ISO 8601, UTC)." })
  lastUsedAt!: string | null;

  @Column("varchar", { name: "revoked_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When the key was revoked; a revoked key signs in no more." })
  revokedAt!: string | null;
}

@ObjectType({ description: "A new API key: the key itself, shown once, and its record." })
export class ApiKeyPayload {
  @Field({
    description: "The key, to pass to `signInWithApiKey`. Shown only now: it is stored hashed and cannot be shown again.",
  })
  apiKey!: string;

  @Field(() => ApiKey, { description: "The key's record, as `apiKeys` lists it." })
  key!: ApiKey;

  @Field(() => Account, { description: "The API_CLIENT account created for the key." })
  account!: Account;
}
