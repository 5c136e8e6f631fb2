import {
  closeOnSignals,
  createDataSource,
  createLogger,
  initializeDatabase,
  type Logger,
  type StartedSubgraph,
  startSubgraph,
} from "@ogc/kit";
import { SigningKeys } from "./auth/signing-keys.js";
import { seedDemoAccounts } from "./demo/demo-accounts.js";
import type { IdentityEnv } from "./environment.js";
import { directoryReferencesAt } from "./invitation/directory-references.js";
import { createSmtpMailer } from "./invitation/invitation-mail.js";
import { scheduleCleanUp } from "./session/clean-up.js";
import { createIdentitySubgraph, type IdentityOptions, identityEntities, identityMigrations } from "./subgraph.js";

/** The signing key the environment asks for: `JWT_PRIVATE_KEY`, else the key kept in DATA_DIR (generated once). */
export function signingKeysFromEnv(env: Pick<IdentityEnv, "JWT_PRIVATE_KEY" | "DATA_DIR">): SigningKeys {
  return env.JWT_PRIVATE_KEY ? SigningKeys.fromPem(env.JWT_PRIVATE_KEY) : SigningKeys.persistedIn(env.DATA_DIR);
}

/**
 * Starts the identity subgraph: loads (or generates) the signing key, seeds the demo accounts when asked, before it
 * reports ready, so a started stack can sign them in at once, then serves; deletes expired sessions and tokens hourly.
 */
export async function startIdentity(
  env: IdentityEnv,
  logger: Logger = createLogger("identity", env.LOG_LEVEL),
  options: Partial<IdentityOptions> = {},
): Promise<StartedSubgraph> {
  const keys = options.keys ?? signingKeysFromEnv(env);
  const key = await keys.current();
  logger.info({ kid: key.kid, alg: key.alg, from: keys.origin }, "access-token signing key loaded");
  if (!env.JWT_PRIVATE_KEY && env.DATABASE_URL) {
    logger.warn("JWT_PRIVATE_KEY is not set: replicas that do not share DATA_DIR would sign with different keys; set it in production");
  }
  if (!env.SMTP_URL) logger.info("SMTP_URL is not set: invitation tokens are only shown to the inviter, no e-mail is sent");
  const definition = createIdentitySubgraph({
    directory: directoryReferencesAt(env.DIRECTORY_URL),
    mailer: env.SMTP_URL ? createSmtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM }) : null,
    invitationUrl: env.INVITATION_URL,
    ...options,
    keys,
    issuer: env.AUTH_ISSUER,
  });
  if (env.SEED_DEMO_DATA) {
    const dataSource = createDataSource({
      name: definition.name,
      entities: identityEntities,
      migrations: identityMigrations,
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      logger,
    });
    try {
      await initializeDatabase(dataSource, { migrate: env.MIGRATE_ON_START });
      const { created } = await seedDemoAccounts(dataSource, options.passwords ? { passwords: options.passwords } : {});
      logger.info(created ? "demo accounts created" : "accounts exist: demo accounts not seeded");
    } finally {
      await dataSource.destroy();
    }
  }
  const started = await startSubgraph(definition, env, logger);
  // Hourly: expired refresh tokens, long-ended sessions and idle sign-in failure counts (session/clean-up.ts).
  const stopCleanUp = scheduleCleanUp(started.dataSource, logger, options.now);
  const close = started.close.bind(started);
  return Object.assign(started, {
    close: async () => {
      stopCleanUp();
      await close();
    },
  });
}

/** `main`: start, or log why not and exit 1; stop cleanly on SIGINT/SIGTERM. */
export async function runIdentity(env: IdentityEnv): Promise<void> {
  const logger = createLogger("identity", env.LOG_LEVEL);
  try {
    closeOnSignals(await startIdentity(env, logger), logger);
  } catch (error) {
    logger.fatal({ err: error }, "identity subgraph failed to start");
    process.exit(1);
  }
}
