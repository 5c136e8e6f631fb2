import type { LoaderRegistry } from "@ogc/kit";
import { Actor } from "@ogc/kit";
import type { DataSource } from "typeorm";
import { AuditLogService } from "./audit/audit-log.service.js";
import { CoCreationService } from "./cocreation/cocreation.service.js";
import { CommitmentService } from "./commitment/commitment.service.js";
import { ImportService } from "./commitment/import.service.js";
import type { AccountDirectory } from "./coordination/accounts.js";
import { CoordinationService } from "./coordination/coordination.service.js";
import { type DirectoryClient, DirectoryReader } from "./directory/directory-client.js";
import { EligibilityService } from "./eligibility/eligibility.service.js";
import { CommitmentStatsService } from "./federation/commitment-stats.service.js";
import { HistoryService } from "./history/history.service.js";
import { IrmService } from "./irm/irm.service.js";
import { MilestoneService } from "./milestone/milestone.service.js";
import { ReviewService } from "./review/review.service.js";
import { StatisticsService } from "./statistics/statistics.service.js";

/**
 * The challenge subgraph's services for one request (or one import run): they share its DataLoaders, its view of the
 * directory (one `_entities` request per tick) and its actor, whom every write is attributed to.
 */
export class Challenge {
  readonly directory: DirectoryReader;
  readonly commitments: CommitmentService;
  readonly milestones: MilestoneService;
  readonly eligibility: EligibilityService;
  readonly history: HistoryService;
  readonly reviews: ReviewService;
  readonly irm: IrmService;
  readonly imports: ImportService;
  readonly stats: CommitmentStatsService;
  readonly auditLog: AuditLogService;
  readonly coordination: CoordinationService;
  readonly coCreation: CoCreationService;
  readonly statistics: StatisticsService;

  constructor(
    dataSource: DataSource,
    loaders: LoaderRegistry,
    actor: Actor,
    directory: DirectoryClient,
    authorization?: string,
    accounts?: AccountDirectory,
  ) {
    this.directory = new DirectoryReader(directory, loaders, authorization);
    this.commitments = new CommitmentService(dataSource, loaders, actor, this.directory);
    this.milestones = new MilestoneService(dataSource, loaders, actor);
    this.eligibility = new EligibilityService(dataSource, loaders, actor, this.directory, this.commitments, this.milestones);
    this.history = new HistoryService(dataSource, loaders);
    this.reviews = new ReviewService(dataSource, loaders, actor);
    this.irm = new IrmService(dataSource, loaders, actor);
    this.imports = new ImportService(dataSource, actor, this.directory);
    this.stats = new CommitmentStatsService(dataSource, loaders, actor, this.directory);
    this.auditLog = new AuditLogService(dataSource);
    this.coordination = new CoordinationService(dataSource, loaders, actor, this.directory, accounts, authorization);
    this.coCreation = new CoCreationService(dataSource, loaders, actor, this.directory);
    this.statistics = new StatisticsService(dataSource, loaders, this.directory);
  }
}
