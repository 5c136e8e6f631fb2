import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultStack, startFaultStack, supportHeaders } from "./faults.js";
import { graphql } from "./stack.js";
import { postgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

const UPDATE = `mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { id name version } }`;
const READ = `query ($id: ID!) { partner(id: $id) { name version website } }`;
const EDITORS = 5;
const ROUNDS = 5;

interface Stored {
  name: string;
  version: number;
  website: string | null;
}

/** The concurrent-edit checks, on whatever storage `current()` was started with. */
function concurrentEdits(storage: string, current: () => { stack: FaultStack; support: Record<string, string> }) {
  it(`${storage}: ${EDITORS} parallel updatePartner with the same version, ${ROUNDS} rounds: exactly one wins each round, the others get CONFLICT, and the stored partner is the winner's edit at version + 1`, async () => {
    const { stack, support } = current();
    const created = await graphql<{ createPartner: { id: string; version: number } }>(
      stack.gatewayUrl,
      `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id version } }`,
      { input: { name: `Concurrent edit target (${storage})`, kind: "CIVIL_SOCIETY" } },
      support,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPartner.id as string;
    let version = created.data?.createPartner.version as number;
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each editor changes two fields, so a half-applied or merged edit would show in the stored record.
      const edits = Array.from({ length: EDITORS }, (_, editor) => ({
        id,
        version,
        name: `Edited by ${editor} in round ${round} (${storage})`,
        website: `https://editor-${editor}.example/round-${round}`,
      }));
      const answers = await Promise.all(
        edits.map((input) => graphql<{ updatePartner: Stored }>(stack.gatewayUrl, UPDATE, { input }, support)),
      );
      const winners = answers.flatMap((answer, editor) => (answer.data?.updatePartner ? [editor] : []));
      const codes = answers.filter((answer) => !answer.data?.updatePartner).map((answer) => answer.errors?.[0]?.extensions?.code);
      expect(winners, JSON.stringify(answers.map((answer) => answer.errors?.[0]?.message ?? "ok"))).toHaveLength(1);
      expect(codes).toEqual(Array.from({ length: EDITORS - 1 }, () => "CONFLICT"));
      const winner = edits[winners[0] as number];
      const stored = await graphql<{ partner: Stored }>(stack.gatewayUrl, READ, { id });
      expect(stored.data?.partner).toEqual({ name: winner?.name, website: winner?.website, version: version + 1 });
      expect(answers[winners[0] as number]?.data?.updatePartner).toMatchObject({ name: winner?.name, version: version + 1 });
      version += 1;
    }
    // A late edit based on the first version read is refused and changes nothing.
    const stale = await graphql(stack.gatewayUrl, UPDATE, { input: { id, version: 1, name: "Stale edit" } }, support);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const after = await graphql<{ partner: Stored }>(stack.gatewayUrl, READ, { id });
    expect(after.data?.partner.version).toBe(version);
    expect(after.data?.partner.name).not.toBe("Stale edit");
  });
}

describe("concurrent edits on SQLite (the default stack)", () => {
  let stack: FaultStack;
  let support: Record<string, string>;
  beforeAll(async () => {
    stack = await startFaultStack(800);
    support = await supportHeaders(stack.gatewayUrl);
  });
  afterAll(() => stack?.dispose());
  concurrentEdits("SQLite", () => ({ stack, support }));
});

describe.runIf(postgresBin() !== undefined)("concurrent edits on PostgreSQL (a throwaway cluster)", () => {
  let postgres: ThrowawayPostgres;
  let stack: FaultStack;
  let support: Record<string, string>;
  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    stack = await startFaultStack(850, { env: { DATABASE_URL: postgres.url } });
    support = await supportHeaders(stack.gatewayUrl);
  });
  afterAll(async () => {
    await stack?.dispose();
    await postgres?.dispose();
  });
  concurrentEdits("PostgreSQL", () => ({ stack, support }));
});
