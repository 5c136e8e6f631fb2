import { AUDIT_MIGRATIONS, AuditEntry, buildFederatedSchema, type SubgraphDefinition } from "@ogc/kit";
import { AuditLogResolver } from "./audit/audit-log.resolver.js";
import { AwardCycle } from "./award-cycle/award-cycle.entity.js";
import { AwardCycleResolver } from "./award-cycle/award-cycle.resolver.js";
import type { RecognitionContext } from "./context.js";
import {
  ChallengeAreaRecognitionResolver,
  CommitmentRecognitionResolver,
  MemberRecognitionResolver,
  PartnerRecognitionResolver,
} from "./federation/entity-extensions.resolver.js";
import {
  ChallengeAreaEntity,
  challengeAreaReference,
  commitmentReference,
  memberReference,
  partnerReference,
} from "./federation/entity-stubs.js";
import { recognitionMessages } from "./messages.js";
import { RecognitionInitial1764115500000 } from "./migrations/1764115500000-recognition-initial.js";
import { AwardNomination } from "./nomination/award-nomination.entity.js";
import { NominationResolver } from "./nomination/nomination.resolver.js";
import { Recognition } from "./recognition.js";
import type { ReferenceChecker } from "./references/reference-checker.js";
import { Story } from "./story/story.entity.js";
import { StoryResolver } from "./story/story.resolver.js";

/**
 * The recognition subgraph: moderated stories (never measured) and award cycles with nominations. `references` is
 * how it checks members and commitments against their owners: the kit's entity client in `main`, a map in tests.
 */
export function createRecognitionSubgraph(references: ReferenceChecker): SubgraphDefinition<RecognitionContext> {
  return {
    name: "recognition",
    messages: recognitionMessages,
    defaultPort: 4005,
    entities: [Story, AwardCycle, AwardNomination, AuditEntry],
    migrations: [...AUDIT_MIGRATIONS, RecognitionInitial1764115500000],
    buildSchema: buildRecognitionSchema,
    extendContext: (base, { dataSource }) => ({
      ...base,
      recognition: new Recognition(
        dataSource,
        base.loaders,
        { viewer: base.viewer, requestId: base.requestId },
        references,
        // Reference checks run with the caller's rights: its token is forwarded to the owners.
        base.authorization,
      ),
    }),
  };
}

export function buildRecognitionSchema() {
  return buildFederatedSchema({
    resolvers: [
      StoryResolver,
      AwardCycleResolver,
      NominationResolver,
      MemberRecognitionResolver,
      PartnerRecognitionResolver,
      ChallengeAreaRecognitionResolver,
      CommitmentRecognitionResolver,
      AuditLogResolver,
    ],
    referenceResolvers: {
      Member: memberReference,
      Partner: partnerReference,
      ChallengeArea: challengeAreaReference,
      Commitment: commitmentReference,
    },
    // No field of this subgraph returns a ChallengeArea: without this, the type and its `stories` would be left out.
    orphanedTypes: [ChallengeAreaEntity],
    validate: false,
  });
}
