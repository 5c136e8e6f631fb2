import { createTokenVerifier, type TokenVerifier } from "@ogc/kit";
import type { SigningKeys } from "./signing-keys.js";

/**
 * How the identity subgraph itself verifies access tokens: with its own public key and its own sessions table, not
 * over HTTP, so a session it has just ended is refused on the very next request.
 */
export function createIdentityVerifier(options: {
  keys: SigningKeys;
  issuer: string;
  isSessionActive: (sessionId: string) => Promise<boolean>;
}): TokenVerifier {
  return createTokenVerifier({
    keys: async () => (await options.keys.current()).publicKey,
    issuer: options.issuer,
    isSessionActive: options.isSessionActive,
  });
}
