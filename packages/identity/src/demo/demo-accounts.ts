import { Role, transaction } from "@ogc/kit";
import type { DataSource } from "typeorm";
import { Account } from "../account/account.entity.js";
import { insertAccount, newAccount } from "../account/account.service.js";
import { emailKeyOf } from "../account/account-rules.js";
import { ApiKey } from "../api-key/api-key.entity.js";
import { PasswordHasher } from "../auth/password.js";
import { SYSTEM } from "../shared/caller.js";
import { type Clock, iso, systemClock } from "../shared/clock.js";
import { sha256Hex } from "../shared/secrets.js";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  memberId?: string;
  institutionIds?: string[];
  partnerId?: string;
}

/**
 * One account per role, with known passwords, for local demos (`SEED_DEMO_DATA=true`, set by `scripts/start`).
 * Officer and partner are scoped to placeholder ids until the directory subgraph provides real ones.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@ogc.example", password: "demo-admin-password", role: Role.SUPPORT_UNIT_ADMIN, displayName: "Ada Admin (demo)" },
  { email: "support@ogc.example", password: "demo-support-password", role: Role.SUPPORT_UNIT, displayName: "Sam Support (demo)" },
  {
    email: "officer@ogc.example",
    password: "demo-officer-password",
    role: Role.INSTITUTION_OFFICER,
    displayName: "Olu Officer (demo)",
    memberId: "demo-member",
    institutionIds: ["demo-institution"],
  },
  {
    email: "partner@ogc.example",
    password: "demo-partner-password",
    role: Role.PARTNER_EDITOR,
    displayName: "Pat Partner (demo)",
    partnerId: "demo-partner",
  },
  { email: "dashboard@ogc.example", password: "demo-dashboard-password", role: Role.API_CLIENT, displayName: "Demo dashboard" },
];

/** The demo dashboard's API key, for `signInWithApiKey`. Demo data only: never seeded unless asked for. */
export const DEMO_API_KEY = "ogc_demo-dashboard-key-for-local-use-only";

/**
 * Creates the demo accounts (and the dashboard's API key) when there is no account at all; otherwise does nothing,
 * so running it on every start is safe. Returns whether it created them.
 */
export async function seedDemoAccounts(
  dataSource: DataSource,
  options: { passwords?: PasswordHasher; now?: Clock } = {},
): Promise<{ created: boolean; accounts: readonly DemoAccount[] }> {
  if ((await dataSource.getRepository(Account).count()) > 0) return { created: false, accounts: DEMO_ACCOUNTS };
  const passwords = options.passwords ?? new PasswordHasher();
  const now = (options.now ?? systemClock)();
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async (demo) =>
      newAccount(
        {
          email: demo.email,
          emailKey: emailKeyOf(demo.email),
          displayName: demo.displayName,
          role: demo.role,
          memberId: demo.memberId ?? null,
          institutionIds: demo.institutionIds ?? [],
          partnerId: demo.partnerId ?? null,
          passwordHash: await passwords.hash(demo.password),
        },
        now,
      ),
    ),
  );
  const created = await transaction(dataSource, async (manager) => {
    // Checked again inside the transaction: another process may have seeded meanwhile.
    if ((await manager.count(Account)) > 0) return false;
    for (const account of accounts) await insertAccount(manager, account, SYSTEM, "seedDemoAccounts");
    const dashboard = accounts.find((account) => account.role === Role.API_CLIENT)!;
    await manager.insert(ApiKey, {
      id: "00000000-0000-4000-8000-00000000d3e0",
      accountId: dashboard.id,
      name: "Demo dashboard",
      keyHash: sha256Hex(DEMO_API_KEY),
      prefix: DEMO_API_KEY.slice(0, 12),
      createdById: null,
      createdAt: iso(now),
      lastUsedAt: null,
      revokedAt: null,
    });
    return true;
  });
  return { created, accounts: DEMO_ACCOUNTS };
}
