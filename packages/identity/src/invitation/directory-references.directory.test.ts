import "reflect-metadata";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Role } from "@ogc/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdentityHarness, type IdentityHarness, type MadeAccount } from "../testing/identity-harness.js";
import { closedPort } from "../testing/smtp-sink.js";
import { DirectoryUnavailableError, directoryReferencesAt } from "./directory-references.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const directoryMain = resolve(packageDir, "../directory/dist/main.js");

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface DemoIds {
  albania: { id: string; institutions: { id: string }[] };
  argentina: { id: string; institutions: { id: string }[] };
  partner: string;
}

/** The real directory subgraph (its build), on a free port with its demo data in a temporary DATA_DIR. */
describe("scope ids checked against the real directory subgraph", () => {
  let directory: ChildProcess;
  let dataDir: string;
  let url: string;
  let ids: DemoIds;
  let identity: IdentityHarness;
  let support: MadeAccount;
  let output = "";

  beforeAll(async () => {
    if (!existsSync(directoryMain)) {
      execFileSync("pnpm", ["--filter", "@ogc/directory", "build"], { cwd: resolve(packageDir, "../.."), stdio: "ignore" });
    }
    dataDir = mkdtempSync(join(tmpdir(), "ogc-identity-directory-"));
    const port = await closedPort();
    directory = spawn(process.execPath, [directoryMain], {
      // Only these: no DATABASE_URL from the test's environment, so the directory keeps its data in DATA_DIR.
      env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, SEED_DEMO_DATA: "true", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    directory.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    directory.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    const base = `http://127.0.0.1:${port}`;
    url = `${base}/graphql`;
    await waitFor("the directory's /readyz", async () => (await fetch(`${base}/readyz`)).ok || null).catch((error) => {
      throw new Error(`${(error as Error).message}\n${output}`);
    });
    const query = async (text: string) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: text }),
      });
      return ((await response.json()) as { data: Record<string, never> }).data;
    };
    // Demo data is seeded just after the directory reports ready.
    ids = await waitFor("the directory's demo data", async () => {
      const data = await query(`{
        albania: memberByOgpCode(code: "ALB") { id institutions { id } }
        argentina: memberByOgpCode(code: "ARG") { id institutions { id } }
        partners(first: 1) { edges { node { id } } }
      }`);
      const partner = (data.partners as { edges: { node: { id: string } }[] } | undefined)?.edges[0]?.node.id;
      return data.albania && data.argentina && partner ? { albania: data.albania, argentina: data.argentina, partner } : null;
    });
    identity = await createIdentityHarness("sqlite", { directory: directoryReferencesAt(url) });
    support = await identity.makeAccount(Role.SUPPORT_UNIT);
  }, 90_000);

  afterAll(async () => {
    await identity?.close();
    if (directory && directory.exitCode === null) {
      const exited = new Promise((done) => directory.once("exit", done));
      directory.kill("SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const invite = (input: Record<string, unknown>) =>
    identity.execute(`mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { invitation { id } } }`, {
      variables: { input },
      as: support.viewer,
    });

  it("accepts a real member with its own institutions, and a real partner", async () => {
    const officer = await invite({
      email: "officer@justice.example",
      role: "INSTITUTION_OFFICER",
      memberId: ids.albania.id,
      institutionIds: ids.albania.institutions.slice(0, 2).map((institution) => institution.id),
    });
    expect(officer.errors).toBeUndefined();
    expect((await invite({ email: "editor@partner.example", role: "PARTNER_EDITOR", partnerId: ids.partner })).errors).toBeUndefined();
  });

  it("refuses an institution of another member, and ids the directory does not know", async () => {
    const mismatched = await invite({
      email: "mismatch@justice.example",
      role: "INSTITUTION_OFFICER",
      memberId: ids.albania.id,
      institutionIds: [ids.albania.institutions[0]!.id, ids.argentina.institutions[0]!.id],
    });
    expect(mismatched.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "input.institutionIds" },
      message: expect.stringContaining(ids.argentina.institutions[0]!.id),
    });
    const unknownMember = await invite({
      email: "unknown@justice.example",
      role: "INSTITUTION_OFFICER",
      memberId: "demo-member",
      institutionIds: ["demo-institution"],
    });
    expect(unknownMember.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.memberId" });
    const unknownPartner = await invite({ email: "unknown@partner.example", role: "PARTNER_EDITOR", partnerId: "demo-partner" });
    expect(unknownPartner.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partnerId" });
  });

  it("reports a directory that does not answer as DIRECTORY_UNAVAILABLE", async () => {
    const nowhere = directoryReferencesAt(`http://127.0.0.1:${await closedPort()}/graphql`, 2_000);
    await expect(nowhere.checkScope({ memberId: null, institutionIds: [], partnerId: ids.partner })).rejects.toBeInstanceOf(
      DirectoryUnavailableError,
    );
  });
});
