import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calculateJwkThumbprint, exportJWK, type JWK } from "jose";

/** Where a generated key is kept, under DATA_DIR. */
export const SIGNING_KEY_FILE = "identity-signing-key.pem";

export type SigningAlgorithm = "EdDSA" | "ES256";

/** The key access tokens are signed with, and what is published of it. */
export interface SigningKey {
  alg: SigningAlgorithm;
  /** RFC 7638 thumbprint of the public key: changes only when the key does. */
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as published in the JWKS. */
  publicJwk: JWK;
}

/** Reads a PKCS#8 PEM private key; Ed25519 (EdDSA) or P-256 (ES256), the algorithms every subgraph accepts. */
export function parseSigningKey(pem: string): { privateKey: KeyObject; alg: SigningAlgorithm } {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new Error("is not a PEM private key (PKCS#8, -----BEGIN PRIVATE KEY-----)");
  }
  if (privateKey.asymmetricKeyType === "ed25519") return { privateKey, alg: "EdDSA" };
  if (privateKey.asymmetricKeyType === "ec" && privateKey.asymmetricKeyDetails?.namedCurve === "prime256v1") {
    return { privateKey, alg: "ES256" };
  }
  throw new Error(`is a ${privateKey.asymmetricKeyType} key; use an Ed25519 (EdDSA) or P-256 (ES256) key`);
}

/** A fresh Ed25519 private key, PKCS#8 PEM. */
export function generateSigningKeyPem(): string {
  return generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/**
 * The key a generated-once deployment keeps in `<dataDir>/identity-signing-key.pem` (mode 0600): read when it exists,
 * otherwise generated and written. Written with `wx`, so two processes starting together end up with the same key.
 */
export function readOrCreateKeyFile(dataDir: string): { pem: string; created: boolean } {
  const path = join(dataDir, SIGNING_KEY_FILE);
  try {
    return { pem: readFileSync(path, "utf8"), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const pem = generateSigningKeyPem();
  try {
    writeFileSync(path, pem, { mode: 0o600, flag: "wx" });
    return { pem, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { pem: readFileSync(path, "utf8"), created: false };
    throw error;
  }
}

/** The identity subgraph's signing key, loaded once on first use. */
export class SigningKeys {
  private loaded: Promise<SigningKey> | undefined;

  private constructor(
    private readonly readPem: () => string,
    /** Where the key comes from, for the start-up log. */
    readonly origin: string,
  ) {}

  /** From a PEM, e.g. env `JWT_PRIVATE_KEY`. */
  static fromPem(pem: string, origin = "JWT_PRIVATE_KEY"): SigningKeys {
    return new SigningKeys(() => pem, origin);
  }

  /** Generated on first start and kept in `<dataDir>/identity-signing-key.pem`; reused on restart. */
  static persistedIn(dataDir: string): SigningKeys {
    return new SigningKeys(() => readOrCreateKeyFile(dataDir).pem, join(dataDir, SIGNING_KEY_FILE));
  }

  /** A throwaway key held in memory (tests, tools). */
  static ephemeral(): SigningKeys {
    const pem = generateSigningKeyPem();
    return new SigningKeys(() => pem, "memory");
  }

  /** The key; the first call reads or generates it, and fails with a clear message when the PEM is unusable. */
  current(): Promise<SigningKey> {
    this.loaded ??= (async () => {
      let parsed: ReturnType<typeof parseSigningKey>;
      try {
        parsed = parseSigningKey(this.readPem());
      } catch (error) {
        throw new Error(`The signing key from ${this.origin} ${(error as Error).message}.`);
      }
      const publicKey = createPublicKey(parsed.privateKey);
      const jwk = await exportJWK(publicKey);
      const kid = await calculateJwkThumbprint(jwk);
      return { alg: parsed.alg, kid, privateKey: parsed.privateKey, publicKey, publicJwk: { ...jwk, kid, alg: parsed.alg, use: "sig" } };
    })();
    return this.loaded;
  }

  /** The JSON Web Key Set other services verify tokens with (`GET /.well-known/jwks.json`). */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [(await this.current()).publicJwk] };
  }
}
