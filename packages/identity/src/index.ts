import "reflect-metadata";

export { SigningKeys } from "./auth/signing-keys.js";
export { DEMO_ACCOUNTS, DEMO_API_KEY, type DemoAccount, seedDemoAccounts } from "./demo/demo-accounts.js";
export { type IdentityEnv, identityEnvSchema, loadIdentityEnv } from "./environment.js";
export { type DirectoryReferences, uncheckedDirectoryReferences } from "./invitation/directory-references.js";
export { runIdentity, signingKeysFromEnv, startIdentity } from "./start.js";
export { buildIdentitySchema, createIdentitySubgraph, type IdentityOptions, type IdentitySubgraph } from "./subgraph.js";
