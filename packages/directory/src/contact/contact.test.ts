import "reflect-metadata";
import { AuditEntry, Role } from "@ogc/kit";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "../subgraph.js";
import {
  addContact,
  apiClient,
  createInstitution,
  createMember,
  createPartner,
  firstError,
  ok,
  supportUnit,
  tableCounts,
  viewer,
} from "../test-helpers.js";
import { ContactPerson } from "./contact-person.entity.js";

const PERSONAL = ["Jane Example", "jane@example.org", "+355 4 222 0000", "Pablo Socio", "pablo@example.org"];

describe.each(testStores)("contact persons on %s", (store) => {
  let directory: TestSubgraph;
  let ministry: { id: string };
  let court: { id: string };
  let ngo: { id: string };
  let janeId: string;

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
    const member = await createMember(directory, { ogpCode: "ALB", name: "Albania" });
    ministry = await createInstitution(directory, member.id, { name: { en: "Ministry of Justice" } });
    court = await createInstitution(directory, member.id, { name: { en: "Constitutional Court" }, branch: "JUDICIAL" });
    ngo = await createPartner(directory, { name: "Civic Albania", country: "ALB" });
    janeId = (await addContact(directory, { institutionId: ministry.id })).id;
    await addContact(directory, { institutionId: court.id, name: "Court Clerk", email: "clerk@example.org", phone: null });
    await addContact(directory, { partnerId: ngo.id, name: "Pablo Socio", email: "pablo@example.org" });
  });
  afterAll(() => directory.close());

  const EVERYTHING = `query ($id: ID!) {
    members { edges { node { name institutions { name contacts { name email phone } } } } }
    institutions { edges { node { contacts { email } } } }
    partners { edges { node { name contacts { name email } } } }
    contactPerson(id: $id) { name email }
  }`;

  it("shows no contact person and no e-mail anywhere to an anonymous caller, and says why", async () => {
    const response = await directory.execute<{ members: { edges: { node: { institutions: { contacts: null }[] } }[] } }>(EVERYTHING, {
      variables: { id: janeId },
    });
    const text = JSON.stringify(response);
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(text).not.toContain("@");
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(["UNAUTHENTICATED"]));
    // Public data is still there: only the personal fields are withheld.
    expect(response.data?.members.edges[0]?.node.institutions.map((institution) => institution.contacts)).toEqual([null, null]);
  });

  it("refuses contact persons to a dashboard's API client, and hides the audit log from it", async () => {
    const response = await directory.execute(EVERYTHING, { as: apiClient, variables: { id: janeId } });
    const text = JSON.stringify(response);
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    expect(firstError(await directory.execute("{ directoryAuditLog { totalCount } }", { as: apiClient })).code).toBe("FORBIDDEN");
    expect(firstError(await directory.execute("{ directoryAuditLog { totalCount } }")).code).toBe("UNAUTHENTICATED");
  });

  it("lets an institution officer read the contacts of their own institutions only", async () => {
    const officer = viewer(Role.INSTITUTION_OFFICER, { institutionIds: [ministry.id] });
    const query =
      "query ($a: ID!, $b: ID!) { own: institution(id: $a) { contacts { name email } } other: institution(id: $b) { contacts { name } } }";
    const response = await directory.execute<{ own: { contacts: unknown[] }; other: { contacts: null } }>(query, {
      as: officer,
      variables: { a: ministry.id, b: court.id },
    });
    expect(response.data?.own.contacts).toEqual([{ name: "Jane Example", email: "jane@example.org" }]);
    expect(response.data?.other.contacts).toBeNull();
    expect(response.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([["other", "FORBIDDEN"]]);
    expect(JSON.stringify(response)).not.toContain("clerk@example.org");
  });

  it("lets a partner editor read their own partner's contacts only", async () => {
    const editor = viewer(Role.PARTNER_EDITOR, { partnerId: ngo.id });
    const own = ok(
      await directory.execute<{ partner: { contacts: { email: string }[] } }>(`{ partner(id: "${ngo.id}") { contacts { email } } }`, {
        as: editor,
      }),
    );
    expect(own.partner.contacts).toEqual([{ email: "pablo@example.org" }]);
    expect(firstError(await directory.execute(`{ institution(id: "${ministry.id}") { contacts { email } } }`, { as: editor })).code).toBe(
      "FORBIDDEN",
    );
    const stranger = viewer(Role.PARTNER_EDITOR, { partnerId: "someone-else" });
    expect(firstError(await directory.execute(`{ partner(id: "${ngo.id}") { contacts { email } } }`, { as: stranger })).code).toBe(
      "FORBIDDEN",
    );
  });

  it("lets the support unit read every contact, in a bounded number of statements", async () => {
    const { result, statements } = await directory.counter.measure(() =>
      directory.execute<{ institutions: { edges: { node: { contacts: { email: string }[] } }[] } }>(
        "{ institutions { edges { node { contacts { email } } } } }",
        {
          as: supportUnit,
        },
      ),
    );
    expect(
      ok(result)
        .institutions.edges.flatMap((edge) => edge.node.contacts.map((contact) => contact.email))
        .sort(),
    ).toEqual(["clerk@example.org", "jane@example.org"]);
    // The page and one batched load of contacts (no totalCount asked, so no count).
    expect(statements).toBe(2);
  });

  describe("validation: a refused write names the field and changes nothing", () => {
    const ADD = "mutation ($input: AddContactInput!) { addContact(input: $input) { id } }";
    const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
      ["an e-mail that is not one", () => ({ institutionId: ministry.id, email: "jane at example.org" }), "email", /not an e-mail address/],
      ["an e-mail without a domain", () => ({ institutionId: ministry.id, email: "jane@localhost" }), "email", /not an e-mail address/],
      ["a phone number with letters", () => ({ institutionId: ministry.id, phone: "call me maybe" }), "phone", /not a phone number/],
      ["no organisation", () => ({}), "institutionId", /exactly one organisation/],
      ["two organisations", () => ({ institutionId: ministry.id, partnerId: ngo.id }), "institutionId", /exactly one organisation/],
      [
        "an unknown institution",
        () => ({ institutionId: "00000000-0000-0000-0000-000000000000" }),
        "institutionId",
        /no institution with the id/,
      ],
      ["an unknown partner", () => ({ partnerId: "00000000-0000-0000-0000-000000000000" }), "partnerId", /no partner with the id/],
      ["a blank name", () => ({ institutionId: ministry.id, name: " " }), "name", /name is required/],
    ];
    it.each(cases)("refuses %s", async (_, change, field, message) => {
      const before = await tableCounts(directory);
      const input = { name: "New Person", email: "new@example.org", ...change() };
      const error = firstError(await directory.execute(ADD, { as: supportUnit, variables: { input } }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(directory)).toEqual(before);
    });
  });

  it("edits a contact with its version, and logs that fields changed without their values", async () => {
    const contact = await addContact(directory, { partnerId: ngo.id, name: "Old Name", email: "old@example.org" });
    const UPDATE = "mutation ($input: UpdateContactInput!) { updateContact(input: $input) { version name email phone } }";
    const updated = ok(
      await directory.execute<{ updateContact: unknown }>(UPDATE, {
        as: supportUnit,
        variables: { input: { id: contact.id, version: 1, name: "New Name", email: "new.address@example.org", phone: null } },
      }),
    );
    expect(updated.updateContact).toEqual({ version: 2, name: "New Name", email: "new.address@example.org", phone: null });
    expect(
      firstError(await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: contact.id, version: 1, name: "Stale" } } })),
    ).toMatchObject({
      code: "CONFLICT",
      field: "version",
    });
    const entry = await directory.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ entityId: contact.id, operation: "updateContact" });
    expect(entry.changes).toEqual({
      name: { from: "[redacted]", to: "[redacted]" },
      email: { from: "[redacted]", to: "[redacted]" },
      phone: { from: "[redacted]", to: "[redacted]" },
    });
  });

  it("erases a contact on request: a tombstone stays, listed as erased, and the audit log never held the data", async () => {
    const before = await tableCounts(directory);
    const erased = ok(
      await directory.execute<{ eraseContact: { id: string; name: null; email: null; phone: null; erased: boolean; erasedAt: string } }>(
        `mutation { eraseContact(id: "${janeId}") { id name email phone erased erasedAt } }`,
        { as: supportUnit },
      ),
    ).eraseContact;
    expect(erased).toMatchObject({ id: janeId, name: null, email: null, phone: null, erased: true });
    expect(Date.parse(erased.erasedAt)).toBeGreaterThan(Date.now() - 60_000);
    // The row stays (a tombstone); one audit entry records the erasure.
    expect(await tableCounts(directory)).toEqual({ ...before, audit: before.audit + 1 });
    const listed = ok(
      await directory.execute<{ institution: { contacts: unknown[] } }>(
        `{ institution(id: "${ministry.id}") { contacts { id name email erased } } }`,
        {
          as: supportUnit,
        },
      ),
    );
    expect(listed.institution.contacts).toEqual([{ id: janeId, name: null, email: null, erased: true }]);
    const stored = await directory.dataSource.getRepository(ContactPerson).findOneByOrFail({ id: janeId });
    expect([stored.name, stored.email, stored.phone]).toEqual([null, null, null]);

    // Erasing again changes nothing; editing an erased contact is refused.
    const again = await tableCounts(directory);
    ok(await directory.execute(`mutation { eraseContact(id: "${janeId}") { id } }`, { as: supportUnit }));
    expect(await tableCounts(directory)).toEqual(again);
    const edit = firstError(
      await directory.execute(`mutation { updateContact(input: { id: "${janeId}", version: ${stored.version}, name: "Back" }) { id } }`, {
        as: supportUnit,
      }),
    );
    expect(edit.code).toBe("CONFLICT");

    // No entry of the whole audit log, read as the support unit, holds anyone's personal data.
    const log = await directory.execute(
      "{ directoryAuditLog(first: 100) { totalCount edges { node { operation entityType changes } } } }",
      { as: supportUnit },
    );
    const text = JSON.stringify(ok(log));
    for (const value of [
      ...PERSONAL,
      "Court Clerk",
      "clerk@example.org",
      "Old Name",
      "old@example.org",
      "New Name",
      "new.address@example.org",
    ]) {
      expect(text).not.toContain(value);
    }
    expect(text).toContain("eraseContact");
    expect(text).not.toContain("@");
  });

  it("does not resolve contact persons as federation entities", async () => {
    const response = await directory.execute("query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }", {
      variables: { r: [{ __typename: "ContactPerson", id: janeId }] },
    });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response)).not.toContain("example.org");
  });
});
