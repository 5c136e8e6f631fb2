// The operations the benchmark sends. Each is a JSON request body, as autocannon posts it.
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLNamedType,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";

export const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query, variables } : { query });

/**
 * A third-party dashboard's page: commitments (challenge) with their member and lead institution (directory) and
 * proposed area's name (catalog): three subgraphs, two entity fetches after the first.
 */
export const dashboardQuery = (first = 50) =>
  `query Dashboard { commitments(first: ${first}) { edges { cursor node { id ogpId title status startDate endDate member { name region } leadInstitution { name } proposedArea { code name } } } } }`;

/** The same page without the other subgraphs' fields: answered by the challenge subgraph alone. */
export const singleQuery =
  "query Single { commitments(first: 50) { edges { cursor node { id ogpId title status pathway startDate endDate } } } }";

/** The area aggregate the challenge subgraph offers (`ChallengeArea.commitmentStats`), asked at the subgraph. */
export const areaStatsQuery = body(
  "query AreaStats($r: [_Any!]!) { _entities(representations: $r) { ... on ChallengeArea { code commitmentStats { total byStatus { status count } } } } }",
  { r: [{ __typename: "ChallengeArea", code: "JUSTICE" }] },
);

/** The same aggregate for every area through the gateway (mixed load). */
export const allAreaStatsQuery = "query AreaStatsAll { challengeAreas { code name commitmentStats { total } } }";

/**
 * A root query of the subgraph named `field` (e.g. `challengeStatistics`, which another change may add), with a
 * selection built from the schema: every leaf field, and objects three levels down, skipping fields with required
 * arguments. Undefined when the subgraph has no such field, or it needs arguments.
 */
export async function rootFieldQuery(url: string, field: string): Promise<string | undefined> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const result = (await response.json()) as { data?: IntrospectionQuery };
  if (!result.data) return undefined;
  const schema = buildClientSchema(result.data);
  const root = schema.getQueryType()?.getFields()[field];
  if (!root || root.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) return undefined;
  const selection = selectionOf(getNamedType(root.type), 3);
  return `query Aggregate { ${field}${selection} }`;
}

function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return "";
  if (!isObjectType(type) || depth === 0) return "{ __typename }";
  const usable = (f: GraphQLField<unknown, unknown>) => !f.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const fields = Object.values(type.getFields())
    .filter(usable)
    .map((f) => {
      const named = getNamedType(f.type);
      return isLeafType(named) ? f.name : isObjectType(named) && depth > 1 ? `${f.name} ${selectionOf(named, depth - 1)}` : "";
    })
    .filter(Boolean);
  return fields.length ? `{ ${fields.join(" ")} }` : "{ __typename }";
}
