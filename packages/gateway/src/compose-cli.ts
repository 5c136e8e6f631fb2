import { CompositionError } from "./compose.js";
import { writeSupergraphFiles } from "./supergraph-files.js";

// `pnpm --filter @ogc/gateway compose`: regenerates supergraph.graphql and public-schema.graphql from the subgraphs'
// committed SDL. A composition error is printed in full and exits 1, without touching the committed files.
try {
  for (const path of writeSupergraphFiles()) console.log(`wrote ${path}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
