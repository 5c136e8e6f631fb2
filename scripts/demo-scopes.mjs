// Scopes the demo officer and partner editor to real directory records, through the graph, as the support unit would.
// The identity and directory subgraphs seed their demo data independently (neither reads the other's tables), so the
// officer's institutions and the editor's partner are linked here once both are up. Idempotent.

const OFFICER = {
  email: "officer@ogc.example",
  memberCode: "ALB",
  institutions: ["Ministry of Justice", "Commissioner for the Right to Information and Personal Data Protection"],
};
const PARTNER_EDITOR = { email: "partner@ogc.example", partnerKind: "CIVIL_SOCIETY" };
const ADMIN = { email: "admin@ogc.example", password: "demo-admin-password" };

async function call(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`demo scopes: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data;
}

export async function linkDemoAccounts(gatewayUrl) {
  const { signIn } = await call(gatewayUrl, "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }", {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const token = signIn.accessToken;
  const { memberByOgpCode: member } = await call(
    gatewayUrl,
    "query ($c: String!) { memberByOgpCode(code: $c) { id institutions { id name(locale: EN) } } }",
    {
      c: OFFICER.memberCode,
    },
  );
  const institutionIds = OFFICER.institutions.map((name) => member.institutions.find((i) => i.name === name)?.id).filter(Boolean);
  const { partners } = await call(
    gatewayUrl,
    "query ($k: PartnerKind) { partners(first: 1, filter: { kind: $k }) { edges { node { id } } } }",
    {
      k: PARTNER_EDITOR.partnerKind,
    },
  );
  const partnerId = partners.edges[0]?.node.id;

  const account = async (email) =>
    (
      await call(
        gatewayUrl,
        "query ($s: String) { accounts(first: 1, filter: { search: $s }) { edges { node { id version role memberId institutionIds partnerId } } } }",
        { s: email },
        token,
      )
    ).accounts.edges[0]?.node;
  const officer = await account(OFFICER.email);
  if (officer && (officer.memberId !== member.id || officer.institutionIds.join() !== institutionIds.join())) {
    await call(
      gatewayUrl,
      "mutation ($i: ChangeRoleInput!) { changeRole(input: $i) { id } }",
      { i: { id: officer.id, version: officer.version, role: "INSTITUTION_OFFICER", memberId: member.id, institutionIds } },
      token,
    );
  }
  const editor = await account(PARTNER_EDITOR.email);
  if (editor && partnerId && editor.partnerId !== partnerId) {
    await call(
      gatewayUrl,
      "mutation ($i: ChangeRoleInput!) { changeRole(input: $i) { id } }",
      { i: { id: editor.id, version: editor.version, role: "PARTNER_EDITOR", partnerId } },
      token,
    );
  }
  return { memberId: member.id, institutionIds, partnerId };
}
