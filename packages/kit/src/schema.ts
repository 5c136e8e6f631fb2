import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";
import { authChecker } from "./auth.js";
import type { RequestContext } from "./context.js";
import { sayAll, type UpsertResult, type UpsertRowError } from "./upsert.js";

/** The Federation 2 spec version every subgraph of the hub links. */
export const FEDERATION_VERSION = "2.6";

const FEDERATION_IMPORTS = [
  "@key",
  "@shareable",
  "@external",
  "@requires",
  "@provides",
  "@tag",
  "@inaccessible",
  "@override",
  "@interfaceObject",
  "@composeDirective",
  "@extends",
];

export type ReferenceResolvers = GraphQLResolverMap<unknown>;

export interface FederatedSchemaOptions extends Omit<BuildSchemaOptions, "skipCheck"> {
  /** `{ TypeName: { __resolveReference(reference, context) } }` for each entity this subgraph resolves. */
  referenceResolvers?: ReferenceResolvers;
  /** Extra schema-level SDL, e.g. `@link` to a custom spec and `@composeDirective`. */
  schemaExtensions?: string;
  /** The federation spec version to link; the hub's default, or e.g. "2.3" for tools that know no later one. */
  federationVersion?: string;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql builds the schema, its SDL (with
 * the `@key`, `@shareable`, ... directives given through `@Directive`) is re-read by @apollo/subgraph, which adds
 * `_service`, `_entities` and the `@link` to the federation spec.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const { referenceResolvers, schemaExtensions, federationVersion = FEDERATION_VERSION, ...typeGraphqlOptions } = options;
  const schema = await buildSchema({ authChecker, ...typeGraphqlOptions, skipCheck: true });
  const imports = FEDERATION_IMPORTS.map((name) => JSON.stringify(name)).join(", ");
  const typeDefs = gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v${federationVersion}", import: [${imports}])
    ${schemaExtensions ?? ""}
    ${printSchemaWithDirectives(schema)}
  `;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, typeResolvers] of Object.entries({ ...referenceResolvers, ...(sayingResolvers(schema) as ReferenceResolvers) })) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(typeResolvers as object) } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

/**
 * The batch upserts' messages (upsert.ts) are data, not errors: their `message` fields say them in the request's
 * language (`context.say`), for the subgraphs whose schema has them.
 */
function sayingResolvers(schema: GraphQLSchema): GraphQLResolverMap<RequestContext> {
  const resolvers: GraphQLResolverMap<RequestContext> = {};
  if (schema.getType("UpsertRowError")) {
    resolvers.UpsertRowError = {
      message: (row: UpsertRowError, _args: unknown, context: RequestContext) => (row.said ? context.say(row.said) : row.message),
    };
  }
  if (schema.getType("UpsertResult")) {
    resolvers.UpsertResult = {
      message: (result: UpsertResult, _args: unknown, context: RequestContext) =>
        result.said ? sayAll(result.said, (message) => context.say(message)) : result.message,
    };
  }
  return resolvers;
}

/** The subgraph SDL as the gateway sees it (`_service { sdl }`), for the committed `schema.graphql`. */
export function printFederatedSchema(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
