import type { LoaderRegistry } from "@ogc/kit";
import { Actor } from "@ogc/kit";
import type { DataSource } from "typeorm";
import { AuditLogService } from "./audit/audit-log.service.js";
import { AwardCycleService } from "./award-cycle/award-cycle.service.js";
import { NominationService } from "./nomination/nomination.service.js";
import type { ReferenceChecker } from "./references/reference-checker.js";
import { References } from "./references/references.js";
import { StoryService } from "./story/story.service.js";

/**
 * The recognition subgraph's services for one request: they share its DataLoaders, so lookups made while resolving
 * one operation are batched; its actor, whom every write is attributed to in the audit log; and its token, forwarded
 * when a reference is checked against its owner.
 */
export class Recognition {
  readonly stories: StoryService;
  readonly awardCycles: AwardCycleService;
  readonly nominations: NominationService;
  readonly auditLog: AuditLogService;

  constructor(dataSource: DataSource, loaders: LoaderRegistry, actor: Actor, checker: ReferenceChecker, authorization?: string) {
    const references = new References(checker, loaders, authorization);
    this.stories = new StoryService(dataSource, loaders, actor, references);
    this.awardCycles = new AwardCycleService(dataSource, loaders, actor);
    this.nominations = new NominationService(dataSource, loaders, actor, references, this.awardCycles);
    this.auditLog = new AuditLogService(dataSource);
  }
}
