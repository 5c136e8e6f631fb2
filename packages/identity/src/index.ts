import "reflect-metadata";

export { SigningKeys } from "./auth/signing-keys.js";
export { DEMO_ACCOUNTS, DEMO_API_KEY, type DemoAccount, seedDemoAccounts } from "./demo/demo-accounts.js";
export { type IdentityEnv, identityEnvSchema, loadIdentityEnv } from "./environment.js";
export {
  checkedDirectoryReferences,
  type DirectoryLookup,
  type DirectoryReferences,
  DirectoryUnavailableError,
  directoryReferencesAt,
  uncheckedDirectoryReferences,
} from "./invitation/directory-references.js";
export { createSmtpMailer, type InvitationMail, type InvitationMailer } from "./invitation/invitation-mail.js";
export { type CleanUpResult, cleanUpExpired } from "./session/clean-up.js";
export { runIdentity, signingKeysFromEnv, startIdentity } from "./start.js";
export { buildIdentitySchema, createIdentitySubgraph, type IdentityOptions, type IdentitySubgraph } from "./subgraph.js";
