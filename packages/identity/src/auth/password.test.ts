import { describe, expect, it } from "vitest";
import { checkPasswordRules, DEFAULT_SCRYPT_COST, PasswordHasher } from "./password.js";

describe("PasswordHasher", () => {
  const hasher = new PasswordHasher({ ln: 10, r: 8, p: 1 });

  it("stores salt and parameters with the hash, and a fresh salt each time", async () => {
    const first = await hasher.hash("correct horse battery staple");
    const second = await hasher.hash("correct horse battery staple");
    expect(first).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
  });

  it("accepts the right password only", async () => {
    const stored = await hasher.hash("correct horse battery staple");
    expect(await hasher.verify("correct horse battery staple", stored)).toBe(true);
    expect(await hasher.verify("correct horse battery stapler", stored)).toBe(false);
    expect(await hasher.verify("", stored)).toBe(false);
  });

  it("says no, after hashing all the same, when there is no hash or a malformed one", async () => {
    expect(await hasher.verify("anything at all", null)).toBe(false);
    expect(await hasher.verify("anything at all", "plain text")).toBe(false);
  });

  it("verifies hashes made with other parameters, and asks for a rehash then", async () => {
    const stored = await new PasswordHasher({ ln: 11, r: 8, p: 1 }).hash("an older passphrase");
    expect(await hasher.verify("an older passphrase", stored)).toBe(true);
    expect(hasher.needsRehash(stored)).toBe(true);
    expect(hasher.needsRehash(await hasher.hash("x"))).toBe(false);
  });

  it("uses an OWASP-recommended scrypt cost by default", async () => {
    expect(DEFAULT_SCRYPT_COST).toEqual({ ln: 15, r: 8, p: 3 });
    const production = new PasswordHasher();
    const stored = await production.hash("correct horse battery staple");
    expect(stored.startsWith("$scrypt$ln=15,r=8,p=3$")).toBe(true);
    expect(await production.verify("correct horse battery staple", stored)).toBe(true);
  });
});

describe("checkPasswordRules", () => {
  it("wants at least 12 characters, naming the field", () => {
    expect(() => checkPasswordRules("eleven chars")).not.toThrow();
    expect(() => checkPasswordRules("short")).toThrowError(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "password" } }),
    );
    expect(() => checkPasswordRules("x".repeat(257))).toThrow(/at most 256/);
  });
});
