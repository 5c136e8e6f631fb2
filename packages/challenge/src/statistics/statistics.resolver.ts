import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { ChallengeContext } from "../context.js";
import { MemberEntity } from "../federation/entity-stubs.js";
import { PageArgsInput } from "../shared/args.js";
import {
  AreaStatisticsConnection,
  ChallengeStatistics,
  MemberStatistics,
  MemberStatisticsConnection,
  RegionStatisticsConnection,
  StatisticsFilter,
  YearStatisticsConnection,
} from "./statistics.types.js";

@Resolver(() => ChallengeStatistics)
export class StatisticsResolver {
  @Query(() => ChallengeStatistics, {
    description:
      "Aggregates of the published challenge commitments, for public dashboards: per area, per member, per region and per start year. Public; drafts never count.",
  })
  challengeStatistics(
    @Arg("filter", () => StatisticsFilter, {
      nullable: true,
      description: "Which published commitments to count; all of them when left out.",
    })
    filter: StatisticsFilter | null,
    @Ctx() { challenge }: ChallengeContext,
  ): ChallengeStatistics {
    return challenge.statistics.of(filter);
  }

  @FieldResolver(() => Int, { description: "Published commitments the filter selects." })
  async totalCommitments(@Root() statistics: ChallengeStatistics, @Ctx() { challenge }: ChallengeContext): Promise<number> {
    return (await challenge.statistics.totals(statistics)).commitments;
  }

  @FieldResolver(() => Int, { description: "Distinct members with at least one of those commitments." })
  async membersTakingPart(@Root() statistics: ChallengeStatistics, @Ctx() { challenge }: ChallengeContext): Promise<number> {
    return (await challenge.statistics.totals(statistics)).membersTakingPart;
  }

  @FieldResolver(() => Int, { description: "Distinct lead institutions of those commitments." })
  async institutions(@Root() statistics: ChallengeStatistics, @Ctx() { challenge }: ChallengeContext): Promise<number> {
    return (await challenge.statistics.totals(statistics)).institutions;
  }

  @FieldResolver(() => Int, { description: "Those commitments with an ACTIVE co-creation link." })
  async withActiveCoCreator(@Root() statistics: ChallengeStatistics, @Ctx() { challenge }: ChallengeContext): Promise<number> {
    return (await challenge.statistics.totals(statistics)).withActiveCoCreator;
  }

  @FieldResolver(() => Int, { description: "Those commitments without a planned start date (not in `commitmentsPerYear`)." })
  async withoutStartDate(@Root() statistics: ChallengeStatistics, @Ctx() { challenge }: ChallengeContext): Promise<number> {
    return (await challenge.statistics.totals(statistics)).withoutStartDate;
  }

  @FieldResolver(() => AreaStatisticsConnection, {
    description:
      "Per challenge area (assigned, else proposed; commitments with neither are left out), in area-code order, a page at a time.",
  })
  areas(
    @Root() statistics: ChallengeStatistics,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<AreaStatisticsConnection> {
    return challenge.statistics.areas(statistics, page);
  }

  @FieldResolver(() => MemberStatisticsConnection, { description: "Per member, in member-id order, a page at a time." })
  members(
    @Root() statistics: ChallengeStatistics,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<MemberStatisticsConnection> {
    return challenge.statistics.members(statistics, page);
  }

  @FieldResolver(() => RegionStatisticsConnection, {
    description:
      "Per OGP region of the members (the directory's), in region order, a page at a time; regions without commitments are left out.",
  })
  regions(
    @Root() statistics: ChallengeStatistics,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<RegionStatisticsConnection> {
    return challenge.statistics.regions(statistics, page);
  }

  @FieldResolver(() => YearStatisticsConnection, {
    description: "Commitments per year of their planned start date, oldest year first, a page at a time.",
  })
  commitmentsPerYear(
    @Root() statistics: ChallengeStatistics,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<YearStatisticsConnection> {
    return challenge.statistics.years(statistics, page);
  }
}

@Resolver(() => MemberStatistics)
export class MemberStatisticsResolver {
  @FieldResolver(() => MemberEntity, { description: "The member (its name and region come from the directory, through the gateway)." })
  member(@Root() row: MemberStatistics): MemberEntity {
    return { id: row.memberId };
  }
}
