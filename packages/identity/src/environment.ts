import { parseEnv, subgraphEnvSchema } from "@ogc/kit";
import { z } from "zod";
import { parseSigningKey } from "./auth/signing-keys.js";

/** The console's page that accepts an invitation; the token is appended. */
export const DEFAULT_INVITATION_URL = "http://localhost:5173/accept-invitation?token=";
export const DEFAULT_MAIL_FROM = "Open Gov Challenge hub <no-reply@localhost>";

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

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
  /**
   * Where invitation e-mails are sent: `smtp://user:pass@host:587` (STARTTLS when the server offers it) or
   * `smtps://user:pass@host:465`. Unset: no mail, the token is only shown to the inviter.
   */
  SMTP_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .refine((value) => /^smtps?:\/\/[^/\s]+/.test(value) && URL.canParse(value), "must be an smtp:// or smtps:// URL")
      .optional(),
  ),
  /** `From:` of invitation e-mails. */
  MAIL_FROM: z.preprocess(blankAsUnset, z.string().default(DEFAULT_MAIL_FROM)),
  /** The console's accept page, linked from invitation e-mails with the token appended. */
  INVITATION_URL: z.preprocess(blankAsUnset, z.url().default(DEFAULT_INVITATION_URL)),
  /** The directory subgraph, asked whether the member, institutions and partner of an invitation or role change exist. */
  DIRECTORY_URL: z.preprocess(blankAsUnset, z.url().default("http://localhost:4002/graphql")),
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;

export function loadIdentityEnv(source: NodeJS.ProcessEnv = process.env): IdentityEnv {
  return parseEnv(identityEnvSchema, source);
}
