import { AUDIT_MIGRATIONS, AuditEntry, buildFederatedSchema, type SubgraphDefinition } from "@ogc/kit";
import { ActionPlan } from "./action-plan/action-plan.entity.js";
import { actionPlanReference } from "./action-plan/action-plan.reference.js";
import { ActionPlanResolver } from "./action-plan/action-plan.resolver.js";
import { AuditLogResolver } from "./audit/audit-log.resolver.js";
import { ContactResolver } from "./contact/contact.resolver.js";
import { ContactPerson } from "./contact/contact-person.entity.js";
import type { DirectoryContext } from "./context.js";
import { Directory } from "./directory.js";
import { Institution } from "./institution/institution.entity.js";
import { institutionReference } from "./institution/institution.reference.js";
import { InstitutionResolver } from "./institution/institution.resolver.js";
import { Member } from "./member/member.entity.js";
import { memberReference } from "./member/member.reference.js";
import { MemberResolver } from "./member/member.resolver.js";
import { directoryMessages } from "./messages.js";
import { DirectoryInitial1764115300000 } from "./migrations/1764115300000-directory-initial.js";
import { Partner } from "./partner/partner.entity.js";
import { partnerReference } from "./partner/partner.reference.js";
import { PartnerResolver } from "./partner/partner.resolver.js";

/** The directory subgraph: members, institutions, partners, action plans, and private contact persons. */
export const directorySubgraph: SubgraphDefinition<DirectoryContext> = {
  name: "directory",
  messages: directoryMessages,
  defaultPort: 4002,
  entities: [Member, Institution, Partner, ActionPlan, ContactPerson, AuditEntry],
  migrations: [...AUDIT_MIGRATIONS, DirectoryInitial1764115300000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [MemberResolver, InstitutionResolver, PartnerResolver, ActionPlanResolver, ContactResolver, AuditLogResolver],
      referenceResolvers: {
        Member: memberReference,
        Institution: institutionReference,
        Partner: partnerReference,
        ActionPlan: actionPlanReference,
      },
      validate: false,
    }),
  extendContext: (base, { dataSource }) => ({
    ...base,
    directory: new Directory(dataSource, base.loaders, { viewer: base.viewer, requestId: base.requestId }),
  }),
};
