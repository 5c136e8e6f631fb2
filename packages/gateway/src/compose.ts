import { composeServices, type ServiceDefinition } from "@theguild/federation-composition";
import { type GraphQLError, parse } from "graphql";

/** One subgraph as composition needs it: its name, the URL the gateway will call, its SDL (`_service { sdl }`). */
export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

export interface ComposedSupergraph {
  /** The supergraph SDL (with `join__*` directives) the gateway plans queries against. */
  supergraphSdl: string;
  /** The API schema clients see: no federation machinery, no `@inaccessible` parts. */
  publicSdl: string;
}

/** Thrown when the subgraphs do not compose; `errors` holds every problem, one line each. */
export class CompositionError extends Error {
  override readonly name = "CompositionError";
  constructor(readonly errors: readonly string[]) {
    super(`Supergraph composition failed with ${errors.length} error(s):\n${errors.map((error) => `  - ${error}`).join("\n")}`);
  }
}

function describe(error: GraphQLError): string {
  const code = error.extensions?.code;
  return typeof code === "string" ? `[${code}] ${error.message}` : error.message;
}

/**
 * Composes the subgraphs into a supergraph with @theguild/federation-composition (MIT, the composer Hive Gateway
 * ships with). Every problem is reported at once, so one run shows everything to fix.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): ComposedSupergraph {
  if (subgraphs.length === 0) throw new CompositionError(["no subgraphs to compose"]);
  const problems: string[] = [];
  const services: ServiceDefinition[] = [];
  for (const subgraph of subgraphs) {
    try {
      services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) });
    } catch (error) {
      problems.push(`${subgraph.name}: SDL does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new CompositionError(problems);

  const result = composeServices(services);
  if (result.errors) throw new CompositionError(result.errors.map(describe));
  return { supergraphSdl: result.supergraphSdl, publicSdl: result.publicSdl };
}
