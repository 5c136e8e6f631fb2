import { VersionedEntity } from "@ogc/kit";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";

/** IRM yes/no assessments; "no data" and "not reviewed" are values of their own (DOMAIN.md, rule 6). */
export enum IrmYesNo {
  YES = "YES",
  NO = "NO",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmYesNo, {
  name: "IrmYesNo",
  description: "An IRM yes/no assessment, with no data and not reviewed as explicit values.",
  valuesConfig: {
    YES: { description: "Yes." },
    NO: { description: "No." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

export enum IrmPotential {
  UNCLEAR = "UNCLEAR",
  MODEST = "MODEST",
  SUBSTANTIAL = "SUBSTANTIAL",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmPotential, {
  name: "IrmPotential",
  description: "The IRM's assessment of a commitment's potential for results.",
  valuesConfig: {
    UNCLEAR: { description: "Unclear potential." },
    MODEST: { description: "Modest potential." },
    SUBSTANTIAL: { description: "Substantial potential." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

export enum IrmCompletion {
  NO_EVIDENCE = "NO_EVIDENCE",
  NOT_STARTED = "NOT_STARTED",
  LIMITED = "LIMITED",
  SUBSTANTIAL = "SUBSTANTIAL",
  COMPLETE = "COMPLETE",
  WITHDRAWN = "WITHDRAWN",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmCompletion, {
  name: "IrmCompletion",
  description: "The IRM's assessment of how far a commitment was completed.",
  valuesConfig: {
    NO_EVIDENCE: { description: "No evidence available." },
    NOT_STARTED: { description: "Not started." },
    LIMITED: { description: "Limited completion." },
    SUBSTANTIAL: { description: "Substantial completion." },
    COMPLETE: { description: "Complete." },
    WITHDRAWN: { description: "Withdrawn by the government." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

export enum IrmEarlyResults {
  WORSENED = "WORSENED",
  DID_NOT_CHANGE = "DID_NOT_CHANGE",
  MARGINAL = "MARGINAL",
  MAJOR = "MAJOR",
  OUTSTANDING = "OUTSTANDING",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmEarlyResults, {
  name: "IrmEarlyResults",
  description: 'The IRM\'s assessment of early results: "did it open government?".',
  valuesConfig: {
    WORSENED: { description: "Government became less open." },
    DID_NOT_CHANGE: { description: "No change." },
    MARGINAL: { description: "Marginal opening." },
    MAJOR: { description: "Major opening." },
    OUTSTANDING: { description: "Outstanding opening." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

@Entity("irm_rating")
@ObjectType({
  description:
    "The IRM's rating of an action-plan commitment. Every assessment has an explicit value: NO_DATA and NOT_REVIEWED are never hidden behind a null.",
})
export class IrmRating extends VersionedEntity {
  @Column("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @Column("varchar", { length: 16 })
  @Field(() => IrmYesNo, { description: "Is the commitment verifiable?" })
  verifiable!: IrmYesNo;

  @Column("varchar", { name: "open_government_lens", length: 16 })
  @Field(() => IrmYesNo, { description: "Does it have an open-government lens?" })
  openGovernmentLens!: IrmYesNo;

  @Column("varchar", { name: "potential_for_results", length: 16 })
  @Field(() => IrmPotential, { description: "Its potential for results." })
  potentialForResults!: IrmPotential;

  @Column("varchar", { length: 16 })
  @Field(() => IrmCompletion, { description: "How far it was completed." })
  completion!: IrmCompletion;

  @Column("varchar", { name: "early_results", length: 16 })
  @Field(() => IrmEarlyResults, { description: 'Early results: "did it open government?".' })
  earlyResults!: IrmEarlyResults;
}

export const IRM_RATING_FIELDS = [
  "commitmentId",
  "verifiable",
  "openGovernmentLens",
  "potentialForResults",
  "completion",
  "earlyResults",
] as const;
