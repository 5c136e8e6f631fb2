import { ACCESS_TOKEN_ISSUER, AUDIT_MIGRATIONS, AuditEntry, buildFederatedSchema, LoaderRegistry, type SubgraphDefinition } from "@ogc/kit";
import type { DataSource } from "typeorm";
import { Account } from "./account/account.entity.js";
import { accountReference } from "./account/account.reference.js";
import { AccountResolver } from "./account/account.resolver.js";
import { AccountService } from "./account/account.service.js";
import { ApiKey } from "./api-key/api-key.entity.js";
import { ApiKeyResolver } from "./api-key/api-key.resolver.js";
import { ApiKeyService } from "./api-key/api-key.service.js";
import { IdentityAuditResolver } from "./audit/identity-audit.resolver.js";
import { IdentityAuditService } from "./audit/identity-audit.service.js";
import { createIdentityVerifier } from "./auth/identity-verifier.js";
import { PasswordHasher } from "./auth/password.js";
import { identityRoutes } from "./auth/routes.js";
import type { SigningKeys } from "./auth/signing-keys.js";
import type { IdentityContext, IdentityServices } from "./context.js";
import { DEFAULT_INVITATION_URL } from "./environment.js";
import { type DirectoryReferences, uncheckedDirectoryReferences } from "./invitation/directory-references.js";
import { Invitation } from "./invitation/invitation.entity.js";
import { InvitationResolver } from "./invitation/invitation.resolver.js";
import { InvitationService } from "./invitation/invitation.service.js";
import type { InvitationMailer } from "./invitation/invitation-mail.js";
import { identityMessages } from "./messages.js";
import { IdentityInitial1764115300000 } from "./migrations/1764115300000-identity-initial.js";
import { RefreshToken, Session, SignInThrottle } from "./session/session.entity.js";
import { SessionResolver } from "./session/session.resolver.js";
import { SessionService } from "./session/session.service.js";
import { type Clock, systemClock } from "./shared/clock.js";
import type { IdentityDependencies } from "./shared/dependencies.js";

export interface IdentityOptions {
  /** The key access tokens are signed with (env `JWT_PRIVATE_KEY`, or generated into DATA_DIR). */
  keys: SigningKeys;
  /** `iss` of the tokens; env `AUTH_ISSUER`, the kit's ACCESS_TOKEN_ISSUER by default. */
  issuer?: string;
  passwords?: PasswordHasher;
  /** Tests move time with it; the system clock otherwise. */
  now?: Clock;
  /** Checks scope ids against the directory subgraph; takes them as given when omitted (tests, tools). */
  directory?: DirectoryReferences;
  /** Sends invitation e-mails (env `SMTP_URL`); none by default: the token is only shown to the inviter. */
  mailer?: InvitationMailer | null;
  /** The console's accept page the token is appended to in invitation e-mails (env `INVITATION_URL`). */
  invitationUrl?: string;
}

/** The identity subgraph, plus direct access to its services for tests and tools. */
export interface IdentitySubgraph extends SubgraphDefinition<IdentityContext> {
  dependencies(dataSource: DataSource): IdentityDependencies;
  services(dataSource: DataSource, loaders?: LoaderRegistry): IdentityServices;
}

export function createIdentityServices(deps: IdentityDependencies, loaders: LoaderRegistry): IdentityServices {
  const sessions = new SessionService(deps);
  return {
    sessions,
    accounts: new AccountService(deps, loaders, sessions),
    invitations: new InvitationService(deps, sessions),
    apiKeys: new ApiKeyService(deps, sessions),
    auditLog: new IdentityAuditService(deps.dataSource),
  };
}

export const identityEntities = [Account, Session, RefreshToken, SignInThrottle, Invitation, ApiKey, AuditEntry];
export const identityMigrations = [...AUDIT_MIGRATIONS, IdentityInitial1764115300000];

/** Builds the schema alone (print-schema, the gateway's composition): no keys needed. */
export function buildIdentitySchema() {
  return buildFederatedSchema({
    resolvers: [AccountResolver, SessionResolver, InvitationResolver, ApiKeyResolver, IdentityAuditResolver],
    referenceResolvers: { Account: accountReference },
    validate: false,
  });
}

/** The identity subgraph: accounts, sign-in, sessions and tokens, invitations, API keys. */
export function createIdentitySubgraph(options: IdentityOptions): IdentitySubgraph {
  const passwords = options.passwords ?? new PasswordHasher();
  const issuer = options.issuer ?? ACCESS_TOKEN_ISSUER;
  const dependencies = (dataSource: DataSource): IdentityDependencies => ({
    dataSource,
    keys: options.keys,
    passwords,
    issuer,
    now: options.now ?? systemClock,
    directory: options.directory ?? uncheckedDirectoryReferences,
    mailer: options.mailer ?? null,
    invitationUrl: options.invitationUrl ?? DEFAULT_INVITATION_URL,
  });
  const isSessionActive = (dataSource: DataSource) => {
    const sessions = new SessionService(dependencies(dataSource));
    return (sessionId: string) => sessions.isActive(sessionId);
  };
  return {
    name: "identity",
    messages: identityMessages,
    defaultPort: 4003,
    entities: identityEntities,
    migrations: identityMigrations,
    buildSchema: buildIdentitySchema,
    // Tokens are verified with the local key and sessions table; `issuer` is the one tokens are signed with.
    createVerifier: (_env, { dataSource }) =>
      createIdentityVerifier({ keys: options.keys, issuer, isSessionActive: isSessionActive(dataSource) }),
    routes: ({ dataSource }) => identityRoutes({ keys: options.keys, isSessionActive: isSessionActive(dataSource) }),
    extendContext: (base, { dataSource }) => ({ ...base, ...createIdentityServices(dependencies(dataSource), base.loaders) }),
    dependencies,
    services: (dataSource, loaders) => createIdentityServices(dependencies(dataSource), loaders ?? new LoaderRegistry()),
  };
}
