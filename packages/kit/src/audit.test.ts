import "reflect-metadata";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_MIGRATIONS, AuditEntry, diffFields, REDACTED, recordAudit } from "./audit.js";
import { Role, type Viewer } from "./auth.js";
import { createDataSource, initializeDatabase } from "./database.js";
import { testDatabaseUrl, testStores } from "./testing/index.js";

const admin: Viewer = {
  accountId: "a-1",
  role: Role.SUPPORT_UNIT_ADMIN,
  memberId: null,
  institutionIds: [],
  partnerId: null,
  sessionId: "s-1",
};

describe("diffFields", () => {
  it("lists only the fields that changed, with old and new values", () => {
    expect(diffFields({ name: "A", year: 2011, tags: ["x"] }, { name: "B", year: 2011, tags: ["x"] })).toEqual({
      name: { from: "A", to: "B" },
    });
  });
  it("records a creation from null", () => {
    expect(diffFields(null, { name: "A" })).toEqual({ name: { from: null, to: "A" } });
  });
  it("redacts personal data: the change shows, the values never", () => {
    const changes = diffFields(
      { email: "old@example.org", phone: "1" },
      { email: "new@example.org", phone: "1" },
      { redact: ["email", "phone"] },
    );
    expect(changes).toEqual({ email: { from: REDACTED, to: REDACTED } });
    expect(JSON.stringify(changes)).not.toContain("example.org");
  });
});

describe.each(testStores)("the audit log on %s", (store) => {
  let dataSource: DataSource;
  const schema = `test_audit_${Date.now()}`;
  beforeAll(async () => {
    dataSource = createDataSource({
      name: "audit",
      schema,
      entities: [AuditEntry],
      migrations: AUDIT_MIGRATIONS,
      dataDir: ":memory:",
      databaseUrl: store === "postgres" ? testDatabaseUrl : undefined,
    });
    await initializeDatabase(dataSource, { migrate: true });
  });
  afterAll(async () => {
    if (store === "postgres") await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  it("commits with the change it records", async () => {
    await dataSource.transaction((manager) =>
      recordAudit(manager, {
        viewer: admin,
        operation: "renameThing",
        entityType: "Thing",
        entityId: "t-1",
        changes: { name: { from: "A", to: "B" } },
      }),
    );
    const [entry] = await dataSource.getRepository(AuditEntry).find();
    expect(entry).toMatchObject({
      actorId: "a-1",
      actorRole: "SUPPORT_UNIT_ADMIN",
      operation: "renameThing",
      entityId: "t-1",
      changes: { name: { from: "A", to: "B" } },
    });
  });

  it("rolls back with the change it records", async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await recordAudit(manager, { viewer: null, operation: "doomed", entityType: "Thing", entityId: "t-2", changes: {} });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await dataSource.getRepository(AuditEntry).countBy({ operation: "doomed" })).toBe(0);
  });

  it("is append-only in the database itself: UPDATE and DELETE are refused", async () => {
    await expect(dataSource.query("UPDATE audit_log SET operation = 'forged'")).rejects.toThrow(/append-only/);
    await expect(dataSource.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    if (store === "postgres") await expect(dataSource.query("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    expect(await dataSource.getRepository(AuditEntry).countBy({ operation: "renameThing" })).toBe(1);
  });
});
