import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import { BadUserInputError, msg } from "@ogc/kit";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Checks a password being set (not one typed at sign-in): BAD_USER_INPUT on the `password` field. */
export function checkPasswordRules(password: string, field = "password"): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new BadUserInputError(msg`A password needs at least ${PASSWORD_MIN_LENGTH} characters; a few words make a good one.`, field);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BadUserInputError(msg`A password has at most ${PASSWORD_MAX_LENGTH} characters.`, field);
  }
}

/** scrypt cost: N = 2^ln, block size r, parallelism p. Stored with each hash, so it can be raised later. */
export interface ScryptCost {
  ln: number;
  r: number;
  p: number;
}

/** One of OWASP's recommended scrypt settings (N=2^15, r=8, p=3): 32 MiB, about 0.3 s on this project's 2-core machine. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { ln: 15, r: 8, p: 3 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const HASH_PATTERN = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function derive(password: string, salt: Buffer, cost: ScryptCost, length: number): Promise<Buffer> {
  const N = 2 ** cost.ln;
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: Math.max(64 * 1024 * 1024, 256 * N * cost.r) };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const b64 = (buffer: Buffer) => buffer.toString("base64").replace(/=+$/, "");

/**
 * Hashes and checks passwords with scrypt (node:crypto), in the PHC string format
 * `$scrypt$ln=15,r=8,p=3$<salt>$<hash>`: salt and parameters travel with the hash.
 */
export class PasswordHasher {
  /** Compared against when there is no hash to compare against, so unknown e-mails cost the same time as known ones. */
  private readonly dummy: Promise<string>;

  constructor(readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {
    this.dummy = this.hash(randomBytes(24).toString("base64"));
    this.dummy.catch(() => undefined);
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, this.cost, KEY_LENGTH);
    return `$scrypt$ln=${this.cost.ln},r=${this.cost.r},p=${this.cost.p}$${b64(salt)}$${b64(key)}`;
  }

  /**
   * True when `password` matches `stored`. With no stored hash (unknown e-mail, account without a password), a dummy
   * hash is checked instead and the answer is false: the time taken does not tell whether the account exists.
   */
  async verify(password: string, stored: string | null): Promise<boolean> {
    const parsed = stored ? parse(stored) : null;
    const target = parsed ?? parse(await this.dummy);
    if (!target) return false;
    const candidate = await derive(password, target.salt, target.cost, target.key.length);
    return timingSafeEqual(candidate, target.key) && parsed !== null;
  }

  /** True when `stored` was made with other parameters than today's: rehash it at the next successful sign-in. */
  needsRehash(stored: string): boolean {
    const parsed = parse(stored);
    return !parsed || parsed.cost.ln !== this.cost.ln || parsed.cost.r !== this.cost.r || parsed.cost.p !== this.cost.p;
  }
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const match = HASH_PATTERN.exec(stored);
  if (!match) return null;
  const [, ln, r, p, salt, key] = match;
  return { cost: { ln: Number(ln), r: Number(r), p: Number(p) }, salt: Buffer.from(salt!, "base64"), key: Buffer.from(key!, "base64") };
}
