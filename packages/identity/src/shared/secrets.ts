import { createHash, randomBytes } from "node:crypto";

/** A fresh random secret of `bytes` bytes, base64url: refresh tokens, invitation tokens, API keys. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * SHA-256 of a secret, hex. Secrets we hand out are 32 random bytes, so a fast hash is enough to store them:
 * there is nothing to brute-force, unlike passwords (see password.ts).
 */
export function sha256Hex(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
