import { z } from "zod";
import { parseEnv, postgresUrl } from "../env.js";

/** PostgreSQL for the test suite; unset runs the suites on SQLite only. */
export const testDatabaseUrl = parseEnv(z.object({ TEST_DATABASE_URL: postgresUrl.optional() })).TEST_DATABASE_URL;
