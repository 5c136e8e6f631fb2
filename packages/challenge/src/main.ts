import "reflect-metadata";
import { closeOnSignals, createLogger, startSubgraph } from "@ogc/kit";
import { HttpAccountDirectory } from "./coordination/accounts.js";
import { HttpDirectoryClient } from "./directory/directory-client.js";
import { loadChallengeEnv } from "./environment.js";
import { createChallengeSubgraph } from "./subgraph.js";

const env = loadChallengeEnv();
const definition = createChallengeSubgraph({
  directory: new HttpDirectoryClient(env.DIRECTORY_URL),
  accounts: new HttpAccountDirectory(env.IDENTITY_URL),
});
const logger = createLogger(definition.name, env.LOG_LEVEL);
try {
  const started = await startSubgraph(definition, env, logger);
  closeOnSignals(started, logger);
  if (env.SEED_DEMO_DATA) logger.info("no challenge demo data: commitments would have to reference the directory's generated ids");
} catch (error) {
  logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
  process.exit(1);
}
