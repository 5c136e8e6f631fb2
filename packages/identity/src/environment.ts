import { parseEnv, subgraphEnvSchema } from "@ogc/kit";
import { z } from "zod";
import { parseSigningKey } from "./auth/signing-keys.js";

/** The identity subgraph's variables: the kit's subgraph variables (PORT 4003, DATA_DIR, AUTH_ISSUER, ...) and its own. */
export const identityEnvSchema = subgraphEnvSchema(4003).extend({
  /**
   * PKCS#8 PEM private key that signs access tokens: Ed25519 (EdDSA) or P-256 (ES256); `\n` escapes are accepted.
   * Unset: generated on first start into `<DATA_DIR>/identity-signing-key.pem` and reused.
   */
  JWT_PRIVATE_KEY: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.replace(/\\n/g, "\n") : undefined))
    .superRefine((pem, context) => {
      if (pem === undefined) return;
      try {
        parseSigningKey(pem);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** `true`: create the demo accounts (demo/demo-accounts.ts) at start-up when there is no account yet. */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;

export function loadIdentityEnv(source: NodeJS.ProcessEnv = process.env): IdentityEnv {
  return parseEnv(identityEnvSchema, source);
}
