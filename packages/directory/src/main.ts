import "reflect-metadata";
import { closeOnSignals, createLogger, startSubgraph } from "@ogc/kit";
import { env } from "./environment.js";
import { seedDirectoryDemoData } from "./seed/demo-data.js";
import { directorySubgraph } from "./subgraph.js";

const logger = createLogger(directorySubgraph.name, env.LOG_LEVEL);
try {
  const started = await startSubgraph(directorySubgraph, env, logger);
  closeOnSignals(started, logger);
  if (env.SEED_DEMO_DATA) {
    const seeded = await seedDirectoryDemoData(started.dataSource);
    logger.info(seeded ? { ...seeded } : {}, seeded ? "demo data loaded" : "demo data skipped: the directory is not empty");
  }
} catch (error) {
  logger.fatal({ err: error }, `${directorySubgraph.name} subgraph failed to start`);
  process.exit(1);
}
