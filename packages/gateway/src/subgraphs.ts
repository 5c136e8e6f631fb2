/** A subgraph the gateway composes and routes to. */
export interface SubgraphEntry {
  /** Its name in the supergraph (`join__Graph`) and the prefix of its URL variable, e.g. `catalog` -> `CATALOG_URL`. */
  name: string;
  /** Where it listens in local development, and the URL written into the committed supergraph. */
  defaultUrl: string;
  /** Its committed SDL (`schema.graphql`), relative to the repository root. */
  sdlPath: string;
}

function subgraph(name: string, port: number): SubgraphEntry {
  return { name, defaultUrl: `http://localhost:${port}/graphql`, sdlPath: `packages/${name}/schema.graphql` };
}

/**
 * Every subgraph of the hub, the one list the composition, the environment and the gateway read.
 * Adding a subgraph is one line here (directory 4002, identity 4003, challenge 4004, recognition 4005 come next),
 * then `pnpm --filter @ogc/gateway compose`.
 */
export const subgraphs: readonly SubgraphEntry[] = [
  subgraph("catalog", 4001),
  subgraph("directory", 4002),
  subgraph("identity", 4003),
  subgraph("challenge", 4004),
  subgraph("recognition", 4005),
];

/** The environment variable that overrides a subgraph's URL, e.g. `CATALOG_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_URL`;
}
