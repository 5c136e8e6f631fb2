import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

const at = (name: string, isNullable = false) => ({ name, type: "varchar", length: "30", isNullable });
const id = (name: string, isNullable = false) => ({ name, type: "varchar", length: "36", isNullable });
const references = (column: string, referencedTableName: string) => ({
  columnNames: [column],
  referencedTableName,
  referencedColumnNames: ["id"],
});

/** Accounts, sessions and their refresh tokens, sign-in throttling, invitations and API keys. Portable schema API only. */
export class IdentityInitial1764115300000 implements MigrationInterface {
  name = "IdentityInitial1764115300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "account",
        columns: [
          { ...id("id"), isPrimary: true },
          { name: "email", type: "varchar", length: "254", isNullable: true },
          { name: "email_key", type: "varchar", length: "254", isNullable: true },
          { name: "display_name", type: "varchar", length: "200" },
          { name: "role", type: "varchar", length: "32" },
          { name: "member_id", type: "varchar", length: "64", isNullable: true },
          { name: "institution_ids", type: "text" },
          { name: "partner_id", type: "varchar", length: "64", isNullable: true },
          { name: "status", type: "varchar", length: "16" },
          { name: "password_hash", type: "varchar", length: "255", isNullable: true },
          { name: "version", type: "int" },
          at("created_at"),
          at("updated_at"),
          at("last_sign_in_at", true),
        ],
        indices: [
          // Several NULLs (API clients have no e-mail) are allowed by a unique index on both stores.
          { name: "uq_account_email_key", columnNames: ["email_key"], isUnique: true },
          { name: "idx_account_role", columnNames: ["role"] },
          { name: "idx_account_created_at", columnNames: ["created_at"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "api_key",
        columns: [
          { ...id("id"), isPrimary: true },
          id("account_id"),
          { name: "name", type: "varchar", length: "200" },
          { name: "key_hash", type: "varchar", length: "64" },
          { name: "prefix", type: "varchar", length: "16" },
          id("created_by", true),
          at("created_at"),
          at("last_used_at", true),
          at("revoked_at", true),
        ],
        foreignKeys: [references("account_id", "account")],
        indices: [
          { name: "uq_api_key_hash", columnNames: ["key_hash"], isUnique: true },
          { name: "idx_api_key_account", columnNames: ["account_id"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "session",
        columns: [
          { ...id("id"), isPrimary: true },
          id("account_id"),
          { name: "kind", type: "varchar", length: "16" },
          id("api_key_id", true),
          at("created_at"),
          at("last_used_at"),
          at("expires_at"),
          at("revoked_at", true),
          { name: "revoked_reason", type: "varchar", length: "32", isNullable: true },
        ],
        foreignKeys: [references("account_id", "account"), references("api_key_id", "api_key")],
        indices: [
          { name: "idx_session_account", columnNames: ["account_id"] },
          { name: "idx_session_api_key", columnNames: ["api_key_id"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "refresh_token",
        columns: [
          { name: "token_hash", type: "varchar", length: "64", isPrimary: true },
          id("session_id"),
          at("issued_at"),
          at("expires_at"),
          at("used_at", true),
        ],
        foreignKeys: [references("session_id", "session")],
        indices: [{ name: "idx_refresh_token_session", columnNames: ["session_id"] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "sign_in_throttle",
        columns: [
          { name: "email_key", type: "varchar", length: "254", isPrimary: true },
          { name: "failures", type: "int" },
          at("locked_until", true),
          at("updated_at"),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "invitation",
        columns: [
          { ...id("id"), isPrimary: true },
          { name: "token_hash", type: "varchar", length: "64" },
          { name: "email", type: "varchar", length: "254" },
          { name: "email_key", type: "varchar", length: "254" },
          { name: "role", type: "varchar", length: "32" },
          { name: "member_id", type: "varchar", length: "64", isNullable: true },
          { name: "institution_ids", type: "text" },
          { name: "partner_id", type: "varchar", length: "64", isNullable: true },
          id("invited_by", true),
          at("created_at"),
          at("expires_at"),
          at("accepted_at", true),
          id("account_id", true),
          at("revoked_at", true),
        ],
        foreignKeys: [references("account_id", "account")],
        indices: [
          { name: "uq_invitation_token_hash", columnNames: ["token_hash"], isUnique: true },
          { name: "idx_invitation_email_key", columnNames: ["email_key"] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("invitation");
    await queryRunner.dropTable("sign_in_throttle");
    await queryRunner.dropTable("refresh_token");
    await queryRunner.dropTable("session");
    await queryRunner.dropTable("api_key");
    await queryRunner.dropTable("account");
  }
}
