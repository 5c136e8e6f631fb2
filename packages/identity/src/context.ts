import type { RequestContext } from "@ogc/kit";
import type { AccountService } from "./account/account.service.js";
import type { ApiKeyService } from "./api-key/api-key.service.js";
import type { IdentityAuditService } from "./audit/identity-audit.service.js";
import type { InvitationService } from "./invitation/invitation.service.js";
import type { SessionService } from "./session/session.service.js";

/** The identity subgraph's services, made per request (their loaders batch within one operation). */
export interface IdentityServices {
  accounts: AccountService;
  sessions: SessionService;
  invitations: InvitationService;
  apiKeys: ApiKeyService;
  auditLog: IdentityAuditService;
}

export interface IdentityContext extends RequestContext, IdentityServices {}
