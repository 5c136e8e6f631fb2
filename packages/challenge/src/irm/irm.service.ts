import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ConflictError,
  changesOf,
  chunks,
  forUpdate,
  freshRecord,
  insertAudited,
  type LoaderRegistry,
  msg,
  NotFoundError,
  runUpsert,
  staleVersion,
  transaction,
  type UpsertResult,
  type UpsertSpec,
  updateAudited,
} from "@ogc/kit";
import { type DataSource, In } from "typeorm";
import { Commitment } from "../commitment/commitment.entity.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordEvent, recordEvents } from "../history/history.service.js";
import { Pathway } from "../shared/enums.js";
import { type EnumLabel, enumValue, type UpsertOptions, upsertSource } from "../shared/validation.js";
import {
  IRM_ASSESSMENTS,
  IRM_RATING_FIELDS,
  IrmCompletion,
  IrmEarlyResults,
  IrmPotential,
  IrmPotentialImpact,
  IrmRating,
  IrmResultsLevel,
  IrmSpecificity,
  IrmYesNo,
} from "./irm-rating.entity.js";

type IrmAssessment = (typeof IRM_ASSESSMENTS)[number];

/** Each assessment's enum and how an error names it. */
const ASSESSMENT_TYPES: Record<IrmAssessment, [Record<string, string>, EnumLabel]> = {
  verifiable: [IrmYesNo, "IRM yes/no value"],
  openGovernmentLens: [IrmYesNo, "IRM yes/no value"],
  potentialForResults: [IrmPotential, "IRM potential for results"],
  completion: [IrmCompletion, "IRM completion"],
  earlyResults: [IrmEarlyResults, "IRM early results"],
  specificity: [IrmSpecificity, "IRM specificity"],
  potentialImpact: [IrmPotentialImpact, "IRM potential impact"],
  relevanceAccessToInformation: [IrmYesNo, "IRM yes/no value"],
  relevanceCivicParticipation: [IrmYesNo, "IRM yes/no value"],
  relevancePublicAccountability: [IrmYesNo, "IRM yes/no value"],
  relevanceTechnology: [IrmYesNo, "IRM yes/no value"],
  midtermCompletion: [IrmCompletion, "IRM completion"],
  starredMidterm: [IrmYesNo, "IRM yes/no value"],
  starredEndOfTerm: [IrmYesNo, "IRM yes/no value"],
  earlyResultsAccessToInformation: [IrmEarlyResults, "IRM early results"],
  earlyResultsCivicParticipation: [IrmEarlyResults, "IRM early results"],
  earlyResultsPublicAccountability: [IrmEarlyResults, "IRM early results"],
  resultsLevel: [IrmResultsLevel, "IRM results level"],
  clustered: [IrmYesNo, "IRM yes/no value"],
  carriedForward: [IrmYesNo, "IRM yes/no value"],
};

/** A rating's assessments as a create, an edit or an import row gives them: left out keeps (or NOT_REVIEWED on a new rating). */
export type IrmRatingDraft = { [K in IrmAssessment]?: IrmRating[K] | string | null };

export const IRM_RATING_AUDIT: AuditSpec<IrmRating> = { entityType: "IrmRating", fields: IRM_RATING_FIELDS };

/** A rating on top of `existing`: an assessment left out keeps its value, or is NOT_REVIEWED on a new rating; never null. */
export function buildIrmRating(
  draft: IrmRatingDraft,
  existing: IrmRating | null,
  commitment: Commitment,
  commitmentField = "commitmentId",
): IrmRating {
  if (commitment.pathway !== Pathway.ACTION_PLAN) {
    throw new BadUserInputError("The IRM rates action-plan commitments; standalone ones self-report progress.", commitmentField);
  }
  const assessments: Record<string, string> = {};
  for (const key of IRM_ASSESSMENTS) {
    const [enumType, label] = ASSESSMENT_TYPES[key];
    assessments[key] = enumValue(enumType, (draft[key] ?? existing?.[key] ?? "NOT_REVIEWED") as string, key, label);
  }
  return Object.assign(new IrmRating(), existing ?? { ...freshRecord(), commitmentId: commitment.id }, assessments);
}

/** IRM ratings of action-plan commitments, recorded by the support unit and the importer. */
export class IrmService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  ratingOf(commitmentId: string): Promise<IrmRating | null> {
    return this.loaders
      .get<string, IrmRating | null>("irm.ratingOf", async (ids) => {
        const rows = await this.dataSource.getRepository(IrmRating).findBy({ commitmentId: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.commitmentId);
      })
      .load(commitmentId);
  }

  /** Records a commitment's rating, or changes it: `version` is the rating's, required once one exists. */
  record(input: IrmRatingDraft & { commitmentId: string; version?: number | null }): Promise<IrmRating> {
    return transaction(this.dataSource, async (manager) => {
      const commitment = await manager.getRepository(Commitment).findOneBy({ id: input.commitmentId });
      if (!commitment) throw new NotFoundError(msg`There is no commitment with the id ${input.commitmentId}.`);
      const query = manager.getRepository(IrmRating).createQueryBuilder("rating").where("rating.commitmentId = :id", { id: commitment.id });
      const existing = await forUpdate(query, manager).getOne();
      if (existing && input.version == null) {
        throw new ConflictError(msg`This commitment is already rated (version ${existing.version}): send that version to change it.`, {
          field: "version",
          currentVersion: existing.version,
        });
      }
      if (existing && existing.version !== input.version) throw staleVersion("IrmRating", existing.version);
      if (!existing && input.version != null) throw staleVersion("IrmRating", 0);
      const next = buildIrmRating(input, existing, commitment);
      const changes = changesOf(IRM_RATING_AUDIT, existing, next);
      const saved = existing
        ? await updateAudited(manager, IrmRating, existing, next, IRM_RATING_AUDIT, this.actor, "recordIrmRating")
        : await insertAudited(manager, IrmRating, next, IRM_RATING_AUDIT, this.actor, "recordIrmRating");
      if (Object.keys(changes).length > 0) {
        const { commitmentId: _commitmentId, ...shown } = changes;
        await recordEvent(manager, this.actor, { commitmentId: commitment.id, kind: CommitmentEventKind.IRM_RATED, changes: shown });
      }
      return saved;
    });
  }

  async upsert(rows: readonly IrmRatingUpsertDraft[], options: UpsertOptions = {}): Promise<UpsertResult> {
    const note = upsertSource(options.source) ?? "Imported";
    return runUpsert(this.dataSource, this.actor, irmRatingUpsert(this.actor, note), rows, { dryRun: options.dryRun });
  }
}

export interface IrmRatingUpsertDraft extends IrmRatingDraft {
  commitmentOgpId?: string | null;
}

interface IrmRatingUpsertContext {
  commitments: Map<string, Commitment>;
  ratings: Map<string, IrmRating>;
}

function irmRatingUpsert(actor: Actor, note: string): UpsertSpec<IrmRatingUpsertDraft, IrmRating, IrmRatingUpsertContext> {
  return {
    operation: "upsertIrmRatings",
    target: IrmRating,
    audit: IRM_RATING_AUDIT,
    keyField: "commitmentOgpId",
    keyOf: (row) => String(row.commitmentOgpId ?? ""),
    async load(manager, rows) {
      const ogpIds = [...new Set(rows.map((row) => row.commitmentOgpId).filter((id): id is string => typeof id === "string"))];
      const commitments = new Map<string, Commitment>();
      const ratings = new Map<string, IrmRating>();
      for (const chunk of chunks(ogpIds, 500)) {
        for (const commitment of await manager.getRepository(Commitment).findBy({ ogpId: In(chunk) })) {
          if (commitment.ogpId) commitments.set(commitment.ogpId, commitment);
        }
      }
      const ids = [...commitments.values()].map((commitment) => commitment.id);
      for (const chunk of chunks(ids, 500)) {
        const query = manager.createQueryBuilder(IrmRating, "rating").where("rating.commitmentId IN (:...ids)", { ids: chunk });
        for (const rating of await forUpdate(query, manager).getMany()) ratings.set(rating.commitmentId, rating);
      }
      return { commitments, ratings };
    },
    plan(row, { commitments, ratings }) {
      const commitment = typeof row.commitmentOgpId === "string" ? commitments.get(row.commitmentOgpId) : undefined;
      if (!commitment)
        throw new BadUserInputError(msg`There is no commitment with the OGP id "${row.commitmentOgpId ?? ""}".`, "commitmentOgpId");
      const existing = ratings.get(commitment.id) ?? null;
      return { existing, next: buildIrmRating(row, existing, commitment, "commitmentOgpId") };
    },
    async afterWrite(manager, { created, updated }) {
      const events = [
        ...created.map((rating) => ({ commitmentId: rating.commitmentId, changes: changesOf(IRM_RATING_AUDIT, null, rating) })),
        ...updated.map(({ existing, next }) => ({
          commitmentId: existing.commitmentId,
          changes: changesOf(IRM_RATING_AUDIT, existing, next),
        })),
      ].map((event) => {
        const { commitmentId: _commitmentId, ...shown } = event.changes;
        return { commitmentId: event.commitmentId, kind: CommitmentEventKind.IRM_RATED, changes: shown, note };
      });
      await recordEvents(manager, actor, events);
    },
  };
}
