import {
  Actor,
  BadUserInputError,
  ConflictError,
  EligibilityCriterion,
  groupByKey,
  type LoaderRegistry,
  msg,
  now,
  requireViewer,
  today,
  transaction,
} from "@ogc/kit";
import { type DataSource, In } from "typeorm";
import type { Commitment } from "../commitment/commitment.entity.js";
import type { CommitmentService } from "../commitment/commitment.service.js";
import { CommitmentStatus } from "../commitment/commitment-status.js";
import { type DirectoryReader, DirectoryUnavailableError } from "../directory/directory-client.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordChange } from "../history/history.service.js";
import type { Milestone } from "../milestone/milestone.entity.js";
import type { MilestoneService } from "../milestone/milestone.service.js";
import { DecisionOutcome, MilestoneStatus, PrecheckOutcome } from "../shared/enums.js";
import { requiredText } from "../shared/validation.js";
import { type Eligibility, EligibilityDecision, type EligibilityPrecheck } from "./eligibility-decision.entity.js";

/** The criteria in their official order. */
export const CRITERIA: readonly EligibilityCriterion[] = [
  EligibilityCriterion.THEMATIC_RELEVANCE,
  EligibilityCriterion.FORWARD_LOOKING,
  EligibilityCriterion.OPEN_GOVERNMENT_RELEVANCE,
  EligibilityCriterion.GOVERNMENT_LED,
];

const { MET, NOT_MET, UNKNOWN } = PrecheckOutcome;

function result(criterion: EligibilityCriterion, outcome: PrecheckOutcome, reason: string): EligibilityPrecheck {
  return { criterion, outcome, reason };
}

/** THEMATIC_RELEVANCE: the data shows it when an area is proposed (or assigned). */
export function precheckThematic(commitment: Commitment): EligibilityPrecheck {
  const area = commitment.assignedAreaCode ?? commitment.proposedAreaCode;
  return area
    ? result(EligibilityCriterion.THEMATIC_RELEVANCE, MET, `${commitment.assignedAreaCode ? "Assigned" : "Proposed"} area: ${area}.`)
    : result(EligibilityCriterion.THEMATIC_RELEVANCE, NOT_MET, "No challenge area is proposed.");
}

/**
 * FORWARD_LOOKING (DOMAIN.md rule 3: "at least one verifiable milestone not yet implemented at submission"), judged on
 * the day the commitment was submitted (`publishedAt`), or today for a draft: a milestone due after that day. Once
 * submitted, a milestone done since still counts (it lay ahead at submission), so the pre-check does not turn NOT_MET as
 * the commitment is implemented; a draft's done milestones do not. Cancelled ones never count. UNKNOWN when an open
 * milestone has no due date. What the data cannot tell: a milestone already done before submission (no done date is
 * kept) counts too, and so does one added after it. An imported commitment was published here when it was imported,
 * so OGP's older commitments read as NOT_MET: they are no longer forward-looking.
 */
export function precheckForwardLooking(
  milestones: readonly Milestone[],
  submittedOn: string | null = null,
  day = today(),
): EligibilityPrecheck {
  const asOf = submittedOn ?? day;
  const counted = milestones.filter(
    (milestone) => milestone.status !== MilestoneStatus.CANCELLED && (submittedOn !== null || milestone.status !== MilestoneStatus.DONE),
  );
  const future = counted.find((milestone) => milestone.dueDate !== null && milestone.dueDate > asOf);
  if (future) {
    const milestone = `Milestone ${future.position} ("${future.title}")`;
    return result(
      EligibilityCriterion.FORWARD_LOOKING,
      MET,
      submittedOn
        ? `${milestone}, due ${future.dueDate}, lay ahead when the commitment was submitted (published here on ${submittedOn}).`
        : `${milestone} is due ${future.dueDate} and not done yet.`,
    );
  }
  if (counted.some((milestone) => milestone.dueDate === null && milestone.status !== MilestoneStatus.DONE)) {
    return result(
      EligibilityCriterion.FORWARD_LOOKING,
      UNKNOWN,
      "A milestone not done yet has no due date: the data cannot tell whether it lies ahead.",
    );
  }
  if (milestones.length === 0) return result(EligibilityCriterion.FORWARD_LOOKING, NOT_MET, "The commitment has no milestones.");
  return result(
    EligibilityCriterion.FORWARD_LOOKING,
    NOT_MET,
    submittedOn
      ? `No milestone was due after the commitment was submitted (published here on ${submittedOn}; cancelled ones do not count).`
      : "Every milestone is done, cancelled or past its due date.",
  );
}

/** OPEN_GOVERNMENT_RELEVANCE: at least one of the three values. */
export function precheckOpenGovernment(commitment: Commitment): EligibilityPrecheck {
  return commitment.values.length > 0
    ? result(EligibilityCriterion.OPEN_GOVERNMENT_RELEVANCE, MET, `Serves ${commitment.values.join(", ")}.`)
    : result(EligibilityCriterion.OPEN_GOVERNMENT_RELEVANCE, NOT_MET, "No open-government value is given.");
}

/**
 * GOVERNMENT_LED: led by a public institution of the same member, and that member still in the partnership (a WITHDRAWN
 * member is not an OGP member; a SUSPENDED one is for the support unit to weigh), as the directory says; UNKNOWN when it
 * cannot tell. The member and the institution are asked in the same directory request.
 */
export async function precheckGovernmentLed(commitment: Commitment, directory: DirectoryReader): Promise<EligibilityPrecheck> {
  const criterion = EligibilityCriterion.GOVERNMENT_LED;
  if (!commitment.leadInstitutionId) return result(criterion, UNKNOWN, "No lead institution is recorded.");
  try {
    const [institution, member] = await Promise.all([
      directory.institution(commitment.leadInstitutionId),
      directory.member(commitment.memberId),
    ]);
    if (!institution) return result(criterion, NOT_MET, "The directory knows no public institution with the lead institution's id.");
    if (institution.member.id !== commitment.memberId) return result(criterion, NOT_MET, "The lead institution belongs to another member.");
    if (institution.archived) return result(criterion, NOT_MET, "The lead institution is archived in the directory.");
    if (member?.memberStatus === "WITHDRAWN") {
      return result(
        criterion,
        NOT_MET,
        `The member ${member.ogpCode} has left the partnership (WITHDRAWN): it is no longer an OGP member.`,
      );
    }
    if (member?.memberStatus === "SUSPENDED") {
      return result(criterion, UNKNOWN, `The member ${member.ogpCode} is suspended by the Steering Committee: the support unit decides.`);
    }
    return result(criterion, MET, `Led by a public institution (${institution.branch.toLowerCase()} branch) of the same member.`);
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) return result(criterion, UNKNOWN, "The directory could not be asked just now.");
    throw error;
  }
}

/** Eligibility: the pre-check of what the data shows, and the support unit's decisions, per criterion. */
export class EligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
    private readonly commitments: CommitmentService,
    private readonly milestones: MilestoneService,
  ) {}

  decisionsOf(commitmentId: string): Promise<EligibilityDecision[]> {
    return this.loaders
      .get<string, EligibilityDecision[]>("eligibility.decisions", async (ids) => {
        const rows = await this.dataSource.getRepository(EligibilityDecision).findBy({ commitmentId: In([...ids]) });
        return groupByKey(ids, rows, (row) => row.commitmentId);
      })
      .load(commitmentId)
      .then((rows) => [...rows].sort((a, b) => CRITERIA.indexOf(a.criterion) - CRITERIA.indexOf(b.criterion)));
  }

  async precheck(commitment: Commitment): Promise<EligibilityPrecheck[]> {
    const [milestones, governmentLed] = await Promise.all([
      this.milestones.ofCommitment(commitment.id),
      precheckGovernmentLed(commitment, this.directory),
    ]);
    return [
      precheckThematic(commitment),
      precheckForwardLooking(milestones, commitment.publishedAt?.slice(0, 10) ?? null),
      precheckOpenGovernment(commitment),
      governmentLed,
    ];
  }

  async of(commitment: Commitment): Promise<Eligibility> {
    const [precheck, decisions] = await Promise.all([this.precheck(commitment), this.decisionsOf(commitment.id)]);
    return {
      precheck,
      decisions,
      allMet: CRITERIA.every((criterion) =>
        decisions.some((decision) => decision.criterion === criterion && decision.outcome === DecisionOutcome.MET),
      ),
    };
  }

  /** Records (or changes) the support unit's decision on one criterion while the commitment is UNDER_REVIEW. */
  decide(input: {
    commitmentId: string;
    version: number;
    criterion: EligibilityCriterion;
    outcome: DecisionOutcome;
    reason: string;
  }): Promise<Commitment> {
    const viewer = requireViewer(this.actor.viewer);
    const reason = requiredText(input.reason, "reason", "The reason", 5000);
    if (!CRITERIA.includes(input.criterion)) throw new BadUserInputError("Unknown eligibility criterion.", "criterion");
    return transaction(this.dataSource, async (manager) => {
      const commitment = await this.commitments.touch(manager, { id: input.commitmentId, version: input.version }, (existing) => {
        if (existing.status !== CommitmentStatus.UNDER_REVIEW) {
          throw new ConflictError(msg`Eligibility is decided while the commitment is UNDER_REVIEW; it is ${existing.status}.`, {
            field: "commitmentId",
          });
        }
      });
      const repository = manager.getRepository(EligibilityDecision);
      const previous = await repository.findOneBy({ commitmentId: commitment.id, criterion: input.criterion });
      const decision: EligibilityDecision = {
        commitmentId: commitment.id,
        criterion: input.criterion,
        outcome: input.outcome,
        reason,
        decidedBy: viewer.accountId,
        decidedByRole: viewer.role,
        decidedAt: now(),
      };
      if (previous) await repository.update({ commitmentId: commitment.id, criterion: input.criterion }, decision);
      else await repository.insert(decision);
      await recordChange(manager, this.actor, {
        commitmentId: commitment.id,
        kind: CommitmentEventKind.ELIGIBILITY_DECIDED,
        changes: { [input.criterion]: { from: previous?.outcome ?? null, to: input.outcome } },
        note: reason,
        operation: "decideEligibility",
      });
      return commitment;
    });
  }
}
