import type { DataSource } from "typeorm";
import type { PasswordHasher } from "../auth/password.js";
import type { SigningKeys } from "../auth/signing-keys.js";
import type { DirectoryReferences } from "../invitation/directory-references.js";
import type { InvitationMailer } from "../invitation/invitation-mail.js";
import type { Clock } from "./clock.js";

/** What the identity services share for the life of the process. */
export interface IdentityDependencies {
  dataSource: DataSource;
  keys: SigningKeys;
  passwords: PasswordHasher;
  /** `iss` of the access tokens (env `AUTH_ISSUER`). */
  issuer: string;
  now: Clock;
  directory: DirectoryReferences;
  /** Sends invitation e-mails; null when no mail transport is configured (the token is only shown to the inviter). */
  mailer: InvitationMailer | null;
  /** The console's accept page; the token is appended (env `INVITATION_URL`). */
  invitationUrl: string;
}
