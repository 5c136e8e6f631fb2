import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestSubgraph, type TestSubgraph } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallengeSubgraph } from "../subgraph.js";
import { commitmentInput, firstError, ok, supportUnit, testAccounts } from "../test-helpers.js";
import {
  type DirectoryActionPlan,
  type DirectoryInstitution,
  type DirectoryMember,
  type DirectoryPartner,
  HttpDirectoryClient,
} from "./directory-client.js";

const DIRECTORY_MAIN = new URL("../../../directory/dist/main.js", import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the directory exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the directory did not become ready:\n${output()}`);
}

/** The real directory subgraph, started from its build with its demo data, asked through the real client. */
describe("HttpDirectoryClient against the real directory subgraph", () => {
  let child: ChildProcess;
  let dataDir: string;
  let url: string;
  let logs = "";
  let ids: {
    alb: string;
    gha: string;
    albInstitution: string;
    ghaInstitution: string;
    ghaPlan: string;
    ghaPlanWindow: { opensOn: string; closesOn: string };
  };

  const directoryQuery = async <T>(query: string): Promise<T> => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    if (!existsSync(DIRECTORY_MAIN)) throw new Error(`${DIRECTORY_MAIN} is missing: run \`pnpm --filter @ogc/directory build\` first.`);
    dataDir = mkdtempSync(join(tmpdir(), "challenge-directory-"));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    child = spawn(process.execPath, [DIRECTORY_MAIN], {
      // Only what it needs: no DATABASE_URL, so it runs on SQLite in the temporary folder.
      env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, SEED_DEMO_DATA: "true", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk) => {
      logs += String(chunk);
    });
    child.stderr?.on("data", (chunk) => {
      logs += String(chunk);
    });
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`, child, () => logs);
    // Demo data is loaded right after start-up: wait until it is there.
    const deadline = Date.now() + 15_000;
    let data: {
      alb: { id: string; institutions: { id: string }[] } | null;
      gha: {
        id: string;
        institutions: { id: string }[];
        actionPlans: { id: string; ogpId: string; amendmentWindow: { opensOn: string; closesOn: string } | null }[];
      } | null;
    } = { alb: null, gha: null };
    while (Date.now() < deadline && !data.gha?.actionPlans.length) {
      data = await directoryQuery(
        '{ alb: memberByOgpCode(code: "ALB") { id institutions { id } } gha: memberByOgpCode(code: "GHA") { id institutions { id } actionPlans { id ogpId amendmentWindow { opensOn closesOn } } } }',
      );
      if (!data.gha?.actionPlans.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const plan = data.gha?.actionPlans.find((candidate) => candidate.ogpId === "AP_GHA05");
    if (!data.alb || !data.gha || !plan?.amendmentWindow) throw new Error(`demo data not as expected: ${JSON.stringify(data)}`);
    ids = {
      alb: data.alb.id,
      gha: data.gha.id,
      albInstitution: data.alb.institutions[0]?.id as string,
      ghaInstitution: data.gha.institutions[0]?.id as string,
      ghaPlan: plan.id,
      ghaPlanWindow: plan.amendmentWindow,
    };
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("resolves partners by id, null for an unknown one", async () => {
    const listed = await directoryQuery<{ partners: { edges: { node: { id: string } }[] } }>(
      "{ partners(first: 1) { edges { node { id } } } }",
    );
    const partnerId = listed.partners.edges[0]?.node.id as string;
    expect(partnerId).toBeTruthy();
    const [partner, missing] = await new HttpDirectoryClient(url).resolve([
      { __typename: "Partner", id: partnerId },
      { __typename: "Partner", id: "00000000-0000-4000-8000-000000000000" },
    ]);
    expect(partner as DirectoryPartner).toEqual({ __typename: "Partner", id: partnerId, archived: false });
    expect(missing).toBeNull();
  });

  it("resolves members, institutions and action plans in one `_entities` request, null where none exists", async () => {
    const client = new HttpDirectoryClient(url);
    const [member, byCode, institution, plan, byOgpId, missing] = await client.resolve([
      { __typename: "Member", id: ids.alb },
      { __typename: "Member", ogpCode: "GHA" },
      { __typename: "Institution", id: ids.ghaInstitution },
      { __typename: "ActionPlan", id: ids.ghaPlan },
      { __typename: "ActionPlan", ogpId: "AP_GHA05" },
      { __typename: "Institution", id: "00000000-0000-4000-8000-000000000000" },
    ]);
    expect(member as DirectoryMember).toEqual({
      __typename: "Member",
      id: ids.alb,
      ogpCode: "ALB",
      archived: false,
      memberStatus: "ACTIVE",
    });
    expect((byCode as DirectoryMember).id).toBe(ids.gha);
    expect(institution as DirectoryInstitution).toMatchObject({
      __typename: "Institution",
      id: ids.ghaInstitution,
      archived: false,
      member: { id: ids.gha },
    });
    expect(plan as DirectoryActionPlan).toMatchObject({
      id: ids.ghaPlan,
      ogpId: "AP_GHA05",
      status: "IN_IMPLEMENTATION",
      member: { id: ids.gha },
      amendmentWindow: { ...ids.ghaPlanWindow, isOpen: true },
    });
    expect((byOgpId as DirectoryActionPlan).id).toBe(ids.ghaPlan);
    expect(missing).toBeNull();
  });

  it("lists every member with its type and region, archived ones too", async () => {
    const listed = await directoryQuery<{ members: { totalCount: number } }>(
      "{ members(filter: { includeArchived: true }) { totalCount } }",
    );
    const profiles = await new HttpDirectoryClient(url).memberProfiles();
    expect(profiles).toHaveLength(listed.members.totalCount);
    expect(new Set(profiles.map((profile) => profile.id)).size).toBe(profiles.length);
    expect(profiles.find((profile) => profile.id === ids.alb)).toEqual({ id: ids.alb, type: "NATIONAL", region: "EUROPE" });
    expect(profiles.find((profile) => profile.id === ids.gha)).toEqual({ id: ids.gha, type: "NATIONAL", region: "AFRICA_AND_MIDDLE_EAST" });
  });

  describe("checking a new commitment's references", () => {
    let challenge: TestSubgraph;
    beforeAll(async () => {
      challenge = await createTestSubgraph(createChallengeSubgraph({ directory: new HttpDirectoryClient(url), accounts: testAccounts() }));
    });
    afterAll(() => challenge.close());

    const CREATE = "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id status } }";
    const base = () => commitmentInput({ memberId: ids.gha, leadInstitutionId: ids.ghaInstitution, supportingInstitutionIds: [] });

    it("accepts a commitment joining a plan inside its open amendment window", async () => {
      const created = ok(
        await challenge.execute<{ createCommitment: { status: string } }>(CREATE, {
          as: supportUnit,
          variables: {
            input: {
              ...base(),
              pathway: "ACTION_PLAN",
              actionPlanId: ids.ghaPlan,
              startDate: ids.ghaPlanWindow.opensOn,
              endDate: ids.ghaPlanWindow.closesOn,
            },
          },
        }),
      );
      expect(created.createCommitment.status).toBe("DRAFT");
    });

    it("refuses a lead institution of another member", async () => {
      const error = firstError(
        await challenge.execute(CREATE, { as: supportUnit, variables: { input: { ...base(), leadInstitutionId: ids.albInstitution } } }),
      );
      expect(error).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "leadInstitutionId",
        message: expect.stringMatching(/another member than GHA/),
      });
    });
  });
});

describe("HttpDirectoryClient.memberProfiles", () => {
  it("follows the directory's pages to the last one, and fails as unavailable on an answer without members", async () => {
    // A directory of 250 members answering 100 at a time, as the real one pages.
    const all = Array.from({ length: 250 }, (_, i) => ({ id: `m-${String(i).padStart(3, "0")}`, type: "LOCAL", region: "AMERICAS" }));
    const afters: (string | null)[] = [];
    let broken = false;
    const server = createHttpServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += String(chunk);
      });
      request.on("end", () => {
        const { variables } = JSON.parse(body) as { variables: { after: string | null } };
        afters.push(variables.after);
        const start = variables.after ? Number(variables.after) : 0;
        const page = all.slice(start, start + 100);
        const end = start + page.length;
        response.setHeader("content-type", "application/json");
        response.end(
          JSON.stringify(
            broken
              ? { errors: [{ message: "boom" }] }
              : {
                  data: {
                    members: {
                      edges: page.map((node) => ({ node })),
                      pageInfo: { hasNextPage: end < all.length, endCursor: page.length ? String(end) : null },
                    },
                  },
                },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const address = server.address();
      const client = new HttpDirectoryClient(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql`);
      const profiles = await client.memberProfiles();
      expect(profiles).toEqual(all);
      expect(afters).toEqual([null, "100", "200"]);
      broken = true;
      const failure = await client.memberProfiles().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({
        message: expect.stringMatching(/^The directory could not be asked .* nothing was saved; try again in a minute\.$/),
        extensions: { code: "SERVICE_UNAVAILABLE" },
        detail: expect.stringMatching(/boom/),
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
