import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { type FaultStack, startFaultStack, supportHeaders } from "./faults.js";
import { graphql } from "./stack.js";
import { postgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

const run = promisify(execFile);
const SCRIPTS = resolve(import.meta.dirname, "..", "..", "..", "scripts");

/** Runs scripts/<name> with `env` on top of this process's environment (DATABASE_URL only when given). */
async function script(name: "backup" | "restore", args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(join(SCRIPTS, name), args, { env: { ...inherited, ...env }, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const CREATE = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id version } }`;
const UPDATE = `mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { id version } }`;
const READ = `query ($id: ID!) { partner(id: $id) { name website } }`;

async function createPartner(stack: FaultStack, support: Record<string, string>, name: string) {
  const result = await graphql<{ createPartner: { id: string; version: number } }>(
    stack.gatewayUrl,
    CREATE,
    { input: { name, kind: "ACADEMIA", website: "https://kept.example" } },
    support,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createPartner;
}

async function readPartner(stack: FaultStack, id: string) {
  const result = await graphql<{ partner: { name: string; website: string | null } | null }>(stack.gatewayUrl, READ, { id });
  expect(result.errors).toBeUndefined();
  return result.data?.partner ?? null;
}

/**
 * The round trip on one storage: write, back up while running, change and add, stop, restore, start again.
 * `env` is what the stack and the scripts are given (DATABASE_URL for PostgreSQL).
 */
async function roundTrip(label: string, portOffset: number, env: Record<string, string>, cleanups: (() => Promise<void>)[]) {
  const dataDir = mkdtempSync(join(tmpdir(), "ogc-backup-data-"));
  const backupDir = join(mkdtempSync(join(tmpdir(), "ogc-backup-")), "backup");
  cleanups.push(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(resolve(backupDir, ".."), { recursive: true, force: true });
  });
  const scriptEnv = { ...env, DATA_DIR: dataDir };
  let stack = await startFaultStack(portOffset, { dataDir, keepDataDir: true, env });
  cleanups.push(() => stack.dispose());
  let support = await supportHeaders(stack.gatewayUrl);

  const kept = await createPartner(stack, support, `Kept by the backup (${label})`);
  const backup = await script("backup", [backupDir], scriptEnv);
  expect(backup.code, backup.output).toBe(0);
  const manifest = JSON.parse(readFileSync(join(backupDir, "manifest.json"), "utf8")) as { kind: string; subgraphs: string[] };
  expect(manifest.subgraphs).toEqual(expect.arrayContaining(["catalog", "directory", "identity"]));

  // After the backup: an edit of the kept partner and a new partner, both to be undone by the restore.
  const edited = await graphql(
    stack.gatewayUrl,
    UPDATE,
    { input: { id: kept.id, version: kept.version, name: "Changed after the backup" } },
    support,
  );
  expect(edited.errors).toBeUndefined();
  const later = await createPartner(stack, support, `Created after the backup (${label})`);
  expect((await readPartner(stack, kept.id))?.name).toBe("Changed after the backup");

  await stack.stop();
  const restore = await script("restore", [backupDir], scriptEnv);
  expect(restore.code, restore.output).toBe(0);

  stack = await startFaultStack(portOffset, { dataDir, keepDataDir: true, env });
  support = await supportHeaders(stack.gatewayUrl);
  expect(await readPartner(stack, kept.id)).toEqual({ name: `Kept by the backup (${label})`, website: "https://kept.example" });
  expect(await readPartner(stack, later.id)).toBeNull();
  // The restored data is writable: the kept partner, at the version the backup had, takes an edit.
  const again = await graphql(
    stack.gatewayUrl,
    UPDATE,
    { input: { id: kept.id, version: kept.version, name: "Edited after the restore" } },
    support,
  );
  expect(again.errors).toBeUndefined();
  return { stack, backupDir, manifest };
}

describe("scripts/backup and scripts/restore", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it("SQLite: a partner written through the gateway, backed up while the stack runs (online backup), then edited and another added; stop, restore, start: the partner is back as backed up and the later one is gone; restore refuses while the services hold the files", async () => {
    const { stack, backupDir, manifest } = await roundTrip("SQLite", 900, {}, cleanups);
    expect(manifest.kind).toBe("sqlite");
    expect(existsSync(join(backupDir, "directory.sqlite"))).toBe(true);
    const refused = await script("restore", [backupDir], { DATA_DIR: stack.dataDir });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/in use .*stop the services first/);
    await stack.stop();
  });

  let postgres: ThrowawayPostgres | undefined;
  afterAll(() => postgres?.dispose());

  it.runIf(postgresBin() !== undefined)(
    "PostgreSQL (a throwaway cluster): the same round trip with pg_dump of the subgraph schemas and pg_restore --clean",
    async () => {
      postgres = await startThrowawayPostgres();
      const { stack, backupDir, manifest } = await roundTrip("PostgreSQL", 950, { DATABASE_URL: postgres.url }, cleanups);
      expect(manifest.kind).toBe("postgres");
      expect(existsSync(join(backupDir, "postgres.dump"))).toBe(true);
      await stack.stop();
    },
  );
});
