import { parseEnv } from "@ogc/kit";
import { z } from "zod";

const redisUrl = z
  .string()
  .regex(/^rediss?:\/\/.+/)
  .optional();

/** Redis for the rate-limit tests: `TEST_REDIS_URL`, else `REDIS_URL`, else the machine's own (the tests run where it answers). */
export const testRedisUrl: string = (() => {
  const env = parseEnv(z.object({ TEST_REDIS_URL: redisUrl, REDIS_URL: redisUrl }));
  return env.TEST_REDIS_URL ?? env.REDIS_URL ?? "redis://127.0.0.1:6379";
})();
