import { AUDIT_MIGRATIONS, AuditEntry, buildFederatedSchema, type SubgraphDefinition } from "@ogc/kit";
import { ChallengeAuditLogResolver } from "./audit/audit-log.resolver.js";
import { Challenge } from "./challenge.js";
import { CoCreationEvent, CoCreationLink } from "./cocreation/cocreation.entity.js";
import {
  CoCreationLinkResolver,
  CommitmentCoCreationResolver,
  PartnerCoCreationResolver,
  partnerReference,
} from "./cocreation/cocreation.resolver.js";
import { Commitment, CommitmentInstitution, CommitmentSuggestedArea, IdempotencyKey } from "./commitment/commitment.entity.js";
import { commitmentReference } from "./commitment/commitment.reference.js";
import { CommitmentResolver } from "./commitment/commitment.resolver.js";
import { ImportResolver } from "./commitment/import.resolver.js";
import type { ChallengeContext } from "./context.js";
import type { AccountDirectory } from "./coordination/accounts.js";
import {
  CoordinationCase,
  CoordinationCaseEvent,
  CoordinationCaseInstitution,
  CoordinationCaseNote,
  CoordinationCaseStep,
  ParticipationIntent,
} from "./coordination/coordination.entity.js";
import {
  CoordinationCaseNoteResolver,
  CoordinationCaseResolver,
  ParticipationIntentResolver,
} from "./coordination/coordination.resolver.js";
import type { DirectoryClient } from "./directory/directory-client.js";
import { EligibilityDecision } from "./eligibility/eligibility-decision.entity.js";
import {
  ChallengeAreaCommitmentsResolver,
  InstitutionCommitmentsResolver,
  MemberCommitmentsResolver,
} from "./federation/entity-extensions.resolver.js";
import { challengeAreaReference, institutionReference, memberReference } from "./federation/entity-stubs.js";
import { CommitmentEvent } from "./history/commitment-event.entity.js";
import { IrmRatingResolver } from "./irm/irm.resolver.js";
import { IrmRating } from "./irm/irm-rating.entity.js";
import { challengeMessages } from "./messages/index.js";
import { ChallengeInitial1764115400000 } from "./migrations/1764115400000-challenge-initial.js";
import { Coordination1764115600000 } from "./migrations/1764115600000-coordination.js";
import { CoCreation1764115700000 } from "./migrations/1764115700000-co-creation.js";
import { IrmImport1764115800000 } from "./migrations/1764115800000-irm-import.js";
import { CommitmentImport1764115900000 } from "./migrations/1764115900000-commitment-import.js";
import { CommitmentListIndex1764116000000 } from "./migrations/1764116000000-commitment-list-index.js";
import { AggregateVersion1764116100000 } from "./migrations/1764116100000-aggregate-version.js";
import { Milestone } from "./milestone/milestone.entity.js";
import { MilestoneResolver } from "./milestone/milestone.resolver.js";
import { ProgressReport } from "./review/progress-report.entity.js";
import { ProgressReportResolver, ReviewCycleResolver } from "./review/review.resolver.js";
import { ReviewCycle } from "./review/review-cycle.entity.js";
import { MemberStatisticsResolver, StatisticsResolver } from "./statistics/statistics.resolver.js";

export const challengeEntities = [
  Commitment,
  CommitmentInstitution,
  CommitmentSuggestedArea,
  IdempotencyKey,
  Milestone,
  EligibilityDecision,
  CommitmentEvent,
  ReviewCycle,
  ProgressReport,
  IrmRating,
  ParticipationIntent,
  CoordinationCase,
  CoordinationCaseInstitution,
  CoordinationCaseNote,
  CoordinationCaseStep,
  CoordinationCaseEvent,
  CoCreationLink,
  CoCreationEvent,
  AuditEntry,
];
export const challengeMigrations = [
  ...AUDIT_MIGRATIONS,
  ChallengeInitial1764115400000,
  Coordination1764115600000,
  CoCreation1764115700000,
  IrmImport1764115800000,
  CommitmentImport1764115900000,
  CommitmentListIndex1764116000000,
  AggregateVersion1764116100000,
];

/** Builds the schema alone (print-schema, composition checks): no directory needed. */
export function buildChallengeSchema() {
  return buildFederatedSchema({
    resolvers: [
      CommitmentResolver,
      MilestoneResolver,
      ReviewCycleResolver,
      ProgressReportResolver,
      IrmRatingResolver,
      ImportResolver,
      ChallengeAuditLogResolver,
      ParticipationIntentResolver,
      CoordinationCaseResolver,
      CoordinationCaseNoteResolver,
      CoCreationLinkResolver,
      CommitmentCoCreationResolver,
      PartnerCoCreationResolver,
      MemberCommitmentsResolver,
      InstitutionCommitmentsResolver,
      ChallengeAreaCommitmentsResolver,
      StatisticsResolver,
      MemberStatisticsResolver,
    ],
    referenceResolvers: {
      Commitment: commitmentReference,
      Member: memberReference,
      Institution: institutionReference,
      ChallengeArea: challengeAreaReference,
      Partner: partnerReference,
    },
    validate: false,
  });
}

export interface ChallengeOptions {
  /** How references to members, institutions and action plans are checked: the directory subgraph over HTTP in production. */
  directory: DirectoryClient;
  /** How a coordination case's facilitator is checked: the identity subgraph over HTTP in production. */
  accounts: AccountDirectory;
}

export type ChallengeSubgraph = SubgraphDefinition<ChallengeContext>;

/** The challenge subgraph: commitments, milestones, eligibility, reviews and progress reports, IRM ratings, history. */
export function createChallengeSubgraph(options: ChallengeOptions): ChallengeSubgraph {
  return {
    name: "challenge",
    messages: challengeMessages,
    defaultPort: 4004,
    entities: challengeEntities,
    migrations: challengeMigrations,
    buildSchema: buildChallengeSchema,
    // The caller's Authorization header (kit context) is forwarded to the directory when references are checked.
    extendContext: (base, { dataSource }): ChallengeContext => ({
      ...base,
      challenge: new Challenge(
        dataSource,
        base.loaders,
        { viewer: base.viewer, requestId: base.requestId },
        options.directory,
        base.authorization,
        options.accounts,
      ),
    }),
  };
}
