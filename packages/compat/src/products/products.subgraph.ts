import "reflect-metadata";
import { buildFederatedSchema, type Logger, type RunningServer, startSubgraphServer } from "@ogc/kit";
import type { GraphQLSchema } from "graphql";
import { productsReferenceResolvers } from "./products.reference.js";
import { ProductResolver, UserResolver } from "./products.resolver.js";
import { Inventory } from "./products.types.js";

/** `@custom`, composed into the supergraph through `@composeDirective`, as the suite's products schema asks. */
const CUSTOM_DIRECTIVE = `
  extend schema
    @link(url: "https://myspecs.dev/myCustomDirective/v1.0", import: ["@custom"])
    @composeDirective(name: "@custom")
  directive @custom on OBJECT
`;

/** The suite's `products` subgraph, built by the kit's `buildFederatedSchema`: the thing under test. */
export function buildProductsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ProductResolver, UserResolver],
    // Reached by no query of this subgraph, only through `_entities`: type-graphql would leave it out otherwise.
    orphanedTypes: [Inventory],
    referenceResolvers: productsReferenceResolvers,
    schemaExtensions: CUSTOM_DIRECTIVE,
    // The suite's @link check knows federation v2.0-v2.3 only.
    federationVersion: "2.3",
    validate: false,
  });
}

/** Serves it with the kit's `startSubgraphServer` (which answers at `/` as well as `/graphql`). */
export async function startProductsSubgraph(options: { port: number; logger: Logger }): Promise<RunningServer> {
  return startSubgraphServer({
    name: "products",
    schema: await buildProductsSchema(),
    logger: options.logger,
    port: options.port,
    isReady: async () => true,
    // The suite checks federated tracing (ftv1); the hub's own subgraphs leave it off.
    federatedTracing: true,
  });
}
