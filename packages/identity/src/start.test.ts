import "reflect-metadata";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, EnvError, type StartedSubgraph } from "@ogc/kit";
import { afterAll, describe, expect, it } from "vitest";
import { PasswordHasher } from "./auth/password.js";
import { SIGNING_KEY_FILE, SigningKeys } from "./auth/signing-keys.js";
import { DEMO_ACCOUNTS } from "./demo/demo-accounts.js";
import { loadIdentityEnv } from "./environment.js";
import { startIdentity } from "./start.js";
import { TEST_PASSWORD_COST } from "./testing/identity-harness.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ogc-identity-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const silent = createLogger("identity", "silent");
const start = (vars: Record<string, string>) =>
  startIdentity(loadIdentityEnv({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...vars }), silent, {
    passwords: new PasswordHasher(TEST_PASSWORD_COST),
  });
const base = (started: StartedSubgraph) => started.url.replace(/\/graphql$/, "");
const jwks = async (started: StartedSubgraph) =>
  (await (await fetch(`${base(started)}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
const graphql = async (started: StartedSubgraph, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  (await fetch(started.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then((response) => response.json())) as { data?: Record<string, never>; errors?: unknown[] };

describe("starting the identity subgraph (SQLite in DATA_DIR)", () => {
  it("generates a signing key on first start, keeps it in DATA_DIR with mode 0600, and reuses it after a restart", async () => {
    const dataDir = tempDir();
    const first = await start({ DATA_DIR: dataDir });
    const kid = (await jwks(first)).keys[0]?.kid;
    await first.close();
    const file = join(dataDir, SIGNING_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = await start({ DATA_DIR: dataDir });
    expect(kid).toEqual(expect.any(String));
    expect((await jwks(second)).keys[0]?.kid).toBe(kid);
    await second.close();
  });

  it("signs with JWT_PRIVATE_KEY when set, and writes no key file", async () => {
    const dataDir = tempDir();
    const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const started = await start({ DATA_DIR: dataDir, JWT_PRIVATE_KEY: pem.replace(/\n/g, "\\n") });
    expect((await jwks(started)).keys[0]?.kid).toBe((await SigningKeys.fromPem(pem).current()).kid);
    expect(existsSync(join(dataDir, SIGNING_KEY_FILE))).toBe(false);
    await started.close();
  });

  it("seeds the demo accounts when SEED_DEMO_DATA=true: one signs in and reads `viewer` over HTTP", async () => {
    const dataDir = tempDir();
    const started = await start({ DATA_DIR: dataDir, SEED_DEMO_DATA: "true" });
    const demo = DEMO_ACCOUNTS[0]!;
    const signedIn = await graphql(
      started,
      "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken account { email role } } }",
      { e: demo.email, p: demo.password },
    );
    expect(signedIn.errors).toBeUndefined();
    const token = (signedIn.data as unknown as { signIn: { accessToken: string } }).signIn.accessToken;
    const viewer = await graphql(started, "{ viewer { email role displayName } }", {}, token);
    expect(viewer).toEqual({ data: { viewer: { email: demo.email, role: demo.role, displayName: demo.displayName } } });
    await started.close();

    // Seeding again on restart is a no-op: still one account per demo e-mail.
    const again = await start({ DATA_DIR: dataDir, SEED_DEMO_DATA: "true" });
    expect(again.dataSource.isInitialized).toBe(true);
    const count = await again.dataSource.query("SELECT COUNT(*) AS n FROM account");
    expect(Number(count[0].n)).toBe(DEMO_ACCOUNTS.length);
    await again.close();
  });
});

describe("identity environment", () => {
  it("defaults to port 4003, no demo data, a generated key", () => {
    const env = loadIdentityEnv({});
    expect(env).toMatchObject({ PORT: 4003, SEED_DEMO_DATA: false, AUTH_ISSUER: "ogc-identity" });
    expect(env.JWT_PRIVATE_KEY).toBeUndefined();
  });

  it("refuses a JWT_PRIVATE_KEY that is not a usable private key, naming the variable", () => {
    expect(() => loadIdentityEnv({ JWT_PRIVATE_KEY: "not a key" })).toThrow(EnvError);
    expect(() => loadIdentityEnv({ JWT_PRIVATE_KEY: "not a key" })).toThrow(/JWT_PRIVATE_KEY: is not a PEM private key/);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => loadIdentityEnv({ JWT_PRIVATE_KEY: rsa })).toThrow(/JWT_PRIVATE_KEY: is a rsa key; use an Ed25519/);
  });

  it("accepts a P-256 key (ES256) and SEED_DEMO_DATA=true, and refuses other SEED_DEMO_DATA values", async () => {
    const p256 = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const env = loadIdentityEnv({ JWT_PRIVATE_KEY: p256, SEED_DEMO_DATA: "true" });
    expect(env.SEED_DEMO_DATA).toBe(true);
    expect((await SigningKeys.fromPem(env.JWT_PRIVATE_KEY!).current()).alg).toBe("ES256");
    expect(() => loadIdentityEnv({ SEED_DEMO_DATA: "yes" })).toThrow(/SEED_DEMO_DATA/);
  });
});
