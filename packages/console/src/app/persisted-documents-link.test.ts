import { createHash } from "node:crypto";
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { ChallengeAreasDocument } from "../gql/graphql";
import manifestJson from "../gql/persisted-documents.json";
import { documentHash, persistedDocumentsLink } from "./persisted-documents-link";

const manifest: Record<string, string> = manifestJson;
const AREAS = { challengeAreas: [{ __typename: "ChallengeArea", code: "JUSTICE", position: 1, name: "Justice", description: "…" }] };

/** A client whose requests reach `answer` instead of a gateway; returns the bodies it sent. */
function clientAnswering(answer: (body: Record<string, unknown>) => unknown) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    bodies.push(body);
    return new Response(JSON.stringify(answer(body)), { headers: { "content-type": "application/json" } });
  };
  const client = new ApolloClient({
    link: ApolloLink.from([persistedDocumentsLink(), new HttpLink({ uri: "/graphql", fetch })]),
    cache: new InMemoryCache({ typePolicies: { ChallengeArea: { keyFields: ["code"] } } }),
  });
  return { client, bodies };
}

describe("the console's persisted documents", () => {
  it("has a manifest whose ids are the SHA-256 of their documents, one per operation of the console", () => {
    const entries = Object.entries(manifest);
    expect(entries.length).toBeGreaterThan(20);
    for (const [id, document] of entries) {
      expect(id).toBe(`sha256:${createHash("sha256").update(document).digest("hex")}`);
    }
    expect(manifest[`sha256:${documentHash(ChallengeAreasDocument)}`]).toContain("query ChallengeAreas");
  });

  it("sends an operation's hash and never its text when the gateway knows it", async () => {
    const { client, bodies } = clientAnswering(() => ({ data: AREAS }));
    const { data } = await client.query({ query: ChallengeAreasDocument, variables: { locale: "EN" } });
    expect(data?.challengeAreas[0]?.code).toBe("JUSTICE");
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty("query");
    expect(bodies[0]?.extensions).toMatchObject({ persistedQuery: { version: 1, sha256Hash: documentHash(ChallengeAreasDocument) } });
  });

  it("falls back to sending documents in full to a gateway without the manifest", async () => {
    const { client, bodies } = clientAnswering((body) =>
      body.query ? { data: AREAS } : { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] },
    );
    await client.query({ query: ChallengeAreasDocument, variables: { locale: "EN" } });
    await client.query({ query: ChallengeAreasDocument, variables: { locale: "FR" } });
    expect(bodies.map((body) => typeof body.query)).toEqual(["undefined", "string", "string"]);
    expect(bodies[2]).not.toHaveProperty("extensions.persistedQuery");
  });
});
