import { logLevel, parseEnv } from "@ogc/kit";
import { z } from "zod";

/** The runner's settings, and the environment its child processes inherit; read here and nowhere else. */
const env = parseEnv(z.object({ LOG_LEVEL: logLevel.default("warn") }));

export const runnerLogLevel = env.LOG_LEVEL;

/** The caller's environment plus `extra`, for the processes the runner starts (jest needs PATH, HOME, ...). */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
