import { ChallengeAreaCode, ConnectionType, MemberType, Region } from "@ogc/kit";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { CommitmentStatus } from "../commitment/commitment-status.js";
import { IrmCompletion } from "../irm/irm-rating.entity.js";
import { Pathway } from "../shared/enums.js";

@InputType({ description: "Which published commitments the statistics count. Fields combine with AND; every published one when left out." })
export class StatisticsFilter {
  @Field(() => ChallengeAreaCode, {
    nullable: true,
    description: "Only commitments in this area: the assigned one, else the proposed one.",
  })
  area?: ChallengeAreaCode | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Only commitments of these members (directory ids, at most 500); every member when left out or empty.",
  })
  memberIds?: string[] | null;

  @Field(() => Pathway, { nullable: true, description: "Only this pathway." })
  pathway?: Pathway | null;

  @Field(() => CommitmentStatus, { nullable: true, description: "Only this status." })
  status?: CommitmentStatus | null;

  @Field(() => String, { nullable: true, description: "Only commitments planned to start on or after this day (YYYY-MM-DD)." })
  startDateFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only commitments planned to start on or before this day (YYYY-MM-DD); before `startDateFrom` is refused.",
  })
  startDateTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only commitments planned to end on or after this day (YYYY-MM-DD)." })
  endDateFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only commitments planned to end on or before this day (YYYY-MM-DD); before `endDateFrom` is refused.",
  })
  endDateTo?: string | null;

  @Field(() => MemberType, { nullable: true, description: "Only commitments of members of this type (as the directory records it)." })
  memberType?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Only commitments of members in this OGP region (as the directory records it)." })
  region?: Region | null;
}

@ObjectType({ description: "How many commitments are in one status." })
export class StatisticsStatusCount {
  @Field(() => CommitmentStatus, { description: "The status." })
  status!: CommitmentStatus;

  @Field(() => Int, { description: "How many commitments are in it." })
  count!: number;
}

@ObjectType({ description: "How many IRM-rated commitments reached one completion level (end of term)." })
export class StatisticsCompletionCount {
  @Field(() => IrmCompletion, { description: "The IRM's completion level at the end of term." })
  completion!: IrmCompletion;

  @Field(() => Int, { description: "How many rated commitments have it." })
  count!: number;
}

@ObjectType({ description: "The published commitments of one challenge area (assigned area, else proposed area)." })
export class AreaStatistics {
  @Field(() => ChallengeAreaCode, { description: "The area." })
  area!: ChallengeAreaCode;

  @Field(() => Int, { description: "Commitments in the area." })
  commitments!: number;

  @Field(() => Int, { description: "Members taking part: distinct members with a commitment in the area." })
  membersTakingPart!: number;

  @Field(() => Int, { description: "Distinct lead institutions of those commitments (imports without a lead are not counted)." })
  institutions!: number;

  @Field(() => [StatisticsStatusCount], { description: "Commitments per status; statuses with none are left out." })
  byStatus!: StatisticsStatusCount[];

  @Field(() => [StatisticsCompletionCount], {
    description: "IRM-rated commitments per completion level (end of term); levels with none, and unrated commitments, are left out.",
  })
  irmCompletion!: StatisticsCompletionCount[];

  @Field(() => Int, { description: "Commitments with an ACTIVE co-creation link." })
  withActiveCoCreator!: number;

  @Field(() => Float, { description: "Share of the area's commitments with an ACTIVE co-creation link, from 0 to 1." })
  activeCoCreationShare!: number;
}

@ObjectType({ description: "The published commitments of one member." })
export class MemberStatistics {
  @Field(() => ID, { description: "The member's id in the directory." })
  memberId!: string;

  @Field(() => Int, { description: "Its commitments." })
  commitments!: number;

  @Field(() => Int, { description: "Distinct areas they are in (assigned area, else proposed); commitments with neither are not counted." })
  areas!: number;

  @Field(() => Int, { description: "Distinct lead institutions of its commitments." })
  institutions!: number;

  @Field(() => Int, { description: "Its commitments with an ACTIVE co-creation link." })
  withActiveCoCreator!: number;

  @Field(() => [StatisticsStatusCount], { description: "Its commitments per status; statuses with none are left out." })
  byStatus!: StatisticsStatusCount[];
}

@ObjectType({ description: "The published commitments of the members of one OGP region (the directory records each member's region)." })
export class RegionStatistics {
  @Field(() => Region, { description: "The region." })
  region!: Region;

  @Field(() => Int, { description: "Commitments of the region's members." })
  commitments!: number;

  @Field(() => Int, { description: "Members taking part: distinct members of the region with a commitment." })
  membersTakingPart!: number;

  @Field(() => Int, { description: "Distinct lead institutions of those commitments (imports without a lead are not counted)." })
  institutions!: number;

  @Field(() => [StatisticsStatusCount], { description: "Commitments per status; statuses with none are left out." })
  byStatus!: StatisticsStatusCount[];

  @Field(() => Int, { description: "Commitments with an ACTIVE co-creation link." })
  withActiveCoCreator!: number;

  @Field(() => Float, { description: "Share of the region's commitments with an ACTIVE co-creation link, from 0 to 1." })
  activeCoCreationShare!: number;
}

@ObjectType({ description: "How many published commitments are planned to start in one year." })
export class YearStatistics {
  @Field(() => Int, { description: "The year of the planned start date." })
  year!: number;

  @Field(() => Int, { description: "Commitments planned to start that year." })
  commitments!: number;
}

@ObjectType({ description: "A page of per-area statistics, in area-code order." })
export class AreaStatisticsConnection extends ConnectionType(AreaStatistics, "AreaStatistics") {}

@ObjectType({ description: "A page of per-member statistics, in member-id order." })
export class MemberStatisticsConnection extends ConnectionType(MemberStatistics, "MemberStatistics") {}

@ObjectType({ description: "A page of per-region statistics, in region order; regions without commitments are left out." })
export class RegionStatisticsConnection extends ConnectionType(RegionStatistics, "RegionStatistics") {}

@ObjectType({ description: "A page of commitments per start year, oldest year first." })
export class YearStatisticsConnection extends ConnectionType(YearStatistics, "YearStatistics") {}

/**
 * Aggregates of published commitments for public dashboards, all computed in SQL (GROUP BY, COUNT). The lists are pages
 * whose statement count does not grow with the number of rows. Regions and member types live in the directory: they are
 * resolved through it once per request.
 */
@ObjectType({
  description:
    "Aggregates of the published challenge commitments a filter selects, for public dashboards: computed with GROUP BY in the database, never by loading rows. Drafts are never counted. Member types and regions are the directory's, asked once per request.",
})
export class ChallengeStatistics {
  /** The checked filter every field counts under. */
  filter!: NormalizedStatisticsFilter;
}

export interface NormalizedStatisticsFilter {
  area: ChallengeAreaCode | null;
  memberIds: string[];
  pathway: Pathway | null;
  status: CommitmentStatus | null;
  memberType: MemberType | null;
  region: Region | null;
  startDateFrom: string | null;
  startDateTo: string | null;
  endDateFrom: string | null;
  endDateTo: string | null;
}

export interface StatisticsTotals {
  commitments: number;
  membersTakingPart: number;
  institutions: number;
  withActiveCoCreator: number;
  withoutStartDate: number;
}
