import "reflect-metadata";
import {
  createLogger,
  loadSubgraphEnv,
  type Role,
  type RunningServer,
  startSubgraphServer,
  type TokenVerifier,
  transaction,
  type Viewer,
} from "@ogc/kit";
import { createTestSubgraph, type GraphQLResponse, type TestStore, type TestSubgraph } from "@ogc/kit/testing";
import { expect } from "vitest";
import type { Account } from "../account/account.entity.js";
import { insertAccount, newAccount } from "../account/account.service.js";
import { emailKeyOf } from "../account/account-rules.js";
import { PasswordHasher } from "../auth/password.js";
import { SigningKeys } from "../auth/signing-keys.js";
import type { IdentityContext, IdentityServices } from "../context.js";
import { viewerOf } from "../session/session.service.js";
import { SYSTEM } from "../shared/caller.js";
import { createIdentitySubgraph, type IdentityOptions, type IdentitySubgraph } from "../subgraph.js";

/** Cheap scrypt parameters for tests: the code path is the same, the suite stays fast. */
export const TEST_PASSWORD_COST = { ln: 10, r: 8, p: 1 };

/** A clock the test moves by hand. */
export class TestClock {
  private offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

export interface MadeAccount {
  account: Account;
  email: string;
  password: string;
  /** The account as a signed-in viewer (no session), for `execute(..., { as })`. */
  viewer: Viewer;
}

export interface IdentityHarness extends TestSubgraph {
  identity: IdentitySubgraph;
  keys: SigningKeys;
  clock: TestClock;
  /** Identity's own token verifier (local key, sessions table). */
  verifier: TokenVerifier;
  services(): IdentityServices;
  /** Creates an active account with a known password, straight in the database; returns what it made. */
  makeAccount(
    role: Role,
    overrides?: Partial<Pick<Account, "memberId" | "institutionIds" | "partnerId" | "displayName">>,
  ): Promise<MadeAccount>;
  /** Runs an operation with `token` as its `Authorization: Bearer`, verified the way the server does. */
  executeWithToken<TData = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** The subgraph served over HTTP on a free port (routes, verifier, GraphQL), started on first call. */
  http(): Promise<{ base: string; graphql(query: string, variables?: Record<string, unknown>, token?: string): Promise<Response> }>;
}

let sequence = 0;

/** `options`: the directory check, mailer and accept page to use instead of the defaults (unchecked, none). */
export async function createIdentityHarness(
  store: TestStore,
  options: Pick<IdentityOptions, "directory" | "mailer" | "invitationUrl"> = {},
): Promise<IdentityHarness> {
  const keys = SigningKeys.ephemeral();
  const clock = new TestClock();
  const passwords = new PasswordHasher(TEST_PASSWORD_COST);
  const identity = createIdentitySubgraph({ ...options, keys, passwords, now: clock.now });
  const test = await createTestSubgraph(identity, store);
  const logger = createLogger("identity", "silent");
  const verifier = identity.createVerifier!(loadSubgraphEnv(0, {}), { dataSource: test.dataSource, logger });
  let server: RunningServer | undefined;

  const harness: IdentityHarness = {
    ...test,
    identity,
    keys,
    clock,
    verifier,
    services: () => identity.services(test.dataSource),
    async makeAccount(role, overrides = {}) {
      sequence += 1;
      const email = `person${sequence}.${role.toLowerCase()}@Example.org`;
      const password = `correct horse battery ${sequence}`;
      const account = newAccount(
        {
          email,
          emailKey: emailKeyOf(email),
          displayName: overrides.displayName ?? `Person ${sequence}`,
          role,
          memberId: overrides.memberId ?? null,
          institutionIds: overrides.institutionIds ?? [],
          partnerId: overrides.partnerId ?? null,
          passwordHash: await passwords.hash(password),
        },
        clock.now(),
      );
      await transaction(test.dataSource, (manager) => insertAccount(manager, account, SYSTEM, "test"));
      return { account, email, password, viewer: viewerOf(account, null) };
    },
    async executeWithToken(token, query, variables) {
      return test.execute(query, { variables: variables ?? {}, as: await verifier.verify(token) });
    },
    async http() {
      server ??= await startSubgraphServer<IdentityContext>({
        name: "identity",
        schema: await identity.buildSchema(),
        logger,
        port: 0,
        host: "127.0.0.1",
        isReady: async () => true,
        verifier,
        routes: identity.routes!({ dataSource: test.dataSource }),
        extendContext: (base) => identity.extendContext(base, { dataSource: test.dataSource }),
      });
      const base = `http://127.0.0.1:${server.port}`;
      return {
        base,
        graphql: (query, variables = {}, token) =>
          fetch(`${base}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          }),
      };
    },
    async close() {
      await server?.close();
      await test.close();
    },
  };
  return harness;
}

export const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt sessionId account { id email role displayName } }
}`;

export interface SignInResult {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  sessionId: string;
  account: { id: string; email: string | null; role: Role; displayName: string };
}

/** Signs in through GraphQL and fails the test unless it worked. */
export async function signIn(harness: IdentityHarness, email: string, password: string): Promise<SignInResult> {
  const { data, errors } = await harness.execute<{ signIn: SignInResult }>(SIGN_IN, { variables: { email, password } });
  expect(errors).toBeUndefined();
  return data!.signIn;
}

/** The `extensions.code` of the first error, or undefined. */
export function codeOf(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}
