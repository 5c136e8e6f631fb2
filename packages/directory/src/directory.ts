import type { LoaderRegistry } from "@ogc/kit";
import { Actor } from "@ogc/kit";
import type { DataSource } from "typeorm";
import { ActionPlanService } from "./action-plan/action-plan.service.js";
import { AuditLogService } from "./audit/audit-log.service.js";
import { ContactService } from "./contact/contact.service.js";
import { InstitutionService } from "./institution/institution.service.js";
import { MemberService } from "./member/member.service.js";
import { PartnerService } from "./partner/partner.service.js";

/**
 * The directory's services for one request (or one import run): they share its DataLoaders, so lookups made while
 * resolving one operation are batched, and its actor, whom every write is attributed to in the audit log.
 */
export class Directory {
  readonly members: MemberService;
  readonly institutions: InstitutionService;
  readonly partners: PartnerService;
  readonly actionPlans: ActionPlanService;
  readonly contacts: ContactService;
  readonly auditLog: AuditLogService;

  constructor(dataSource: DataSource, loaders: LoaderRegistry, actor: Actor) {
    this.members = new MemberService(dataSource, loaders, actor);
    this.institutions = new InstitutionService(dataSource, loaders, actor);
    this.partners = new PartnerService(dataSource, loaders, actor);
    this.actionPlans = new ActionPlanService(dataSource, loaders, actor);
    this.contacts = new ContactService(dataSource, loaders, actor);
    this.auditLog = new AuditLogService(dataSource);
  }
}
