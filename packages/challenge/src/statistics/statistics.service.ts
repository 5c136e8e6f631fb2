import { BadUserInputError, type Connection, decodeCursor, encodeCursor, type LoaderRegistry, msg, pageSize, Region } from "@ogc/kit";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Commitment } from "../commitment/commitment.entity.js";
import type { CommitmentStatus } from "../commitment/commitment-status.js";
import type { DirectoryReader } from "../directory/directory-client.js";
import type { IrmCompletion } from "../irm/irm-rating.entity.js";
import { IrmRating } from "../irm/irm-rating.entity.js";
import { cachedAggregate } from "../shared/aggregate-cache.js";
import { dateRange } from "../shared/validation.js";
import type {
  AreaStatistics,
  ChallengeStatistics,
  MemberStatistics,
  NormalizedStatisticsFilter,
  RegionStatistics,
  StatisticsFilter,
  StatisticsStatusCount,
  StatisticsTotals,
  YearStatistics,
} from "./statistics.types.js";

/** A commitment's area: the assigned one, else the proposed one (as lists and filters read it). */
const AREA = "COALESCE(commitment.assigned_area, commitment.proposed_area)";
/** The year of its planned start (dates are stored YYYY-MM-DD). */
const YEAR = "SUBSTR(commitment.start_date, 1, 4)";
/**
 * 1 when it has an ACTIVE co-creation link, else 0. An uncorrelated IN: the database reads the (few) active links once,
 * instead of probing the links' index once per commitment as a correlated EXISTS does.
 */
const ACTIVE = "CASE WHEN commitment.id IN (SELECT cc.commitment_id FROM co_creation_link cc WHERE cc.status = 'ACTIVE') THEN 1 ELSE 0 END";

const MAX_MEMBER_IDS = 500;

/** The totals, plus how many areas and years the lists hold (their `totalCount`). */
type Totals = StatisticsTotals & { areas: number; years: number };

type Count = string | number | null;
const count = (value: Count): number => Number(value ?? 0);

/** The page a keyset list asks for: the size, and the key after which it starts. */
function pageOf(first: number | null | undefined, after: string | null | undefined): { size: number; after: string | null } {
  return { size: pageSize(first), after: after ? String(decodeCursor(after, 1)[0]) : null };
}

function connection<T>(rows: T[], key: (row: T) => string, size: number, after: string | null, totalCount: number): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor([key(node)]) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Checks a statistics filter: dates are calendar days, the ranges are not inverted, at most 500 members. */
export function normalizeStatisticsFilter(filter: StatisticsFilter | null | undefined): NormalizedStatisticsFilter {
  const start = dateRange(
    filter?.startDateFrom,
    filter?.startDateTo,
    { from: "filter.startDateFrom", to: "filter.startDateTo" },
    "start date",
  );
  const end = dateRange(filter?.endDateFrom, filter?.endDateTo, { from: "filter.endDateFrom", to: "filter.endDateTo" }, "end date");
  const memberIds = [...new Set(filter?.memberIds ?? [])];
  if (memberIds.length > MAX_MEMBER_IDS) {
    throw new BadUserInputError(msg`Ask for at most ${MAX_MEMBER_IDS} members at once.`, "filter.memberIds");
  }
  return {
    area: filter?.area ?? null,
    memberIds,
    pathway: filter?.pathway ?? null,
    status: filter?.status ?? null,
    memberType: filter?.memberType ?? null,
    region: filter?.region ?? null,
    startDateFrom: start.from,
    startDateTo: start.to,
    endDateFrom: end.from,
    endDateTo: end.to,
  };
}

/**
 * Public aggregates of published commitments, for dashboards. Every number is a GROUP BY / COUNT in the database; each
 * field costs a fixed number of statements, whatever the number of commitments, areas, members or years.
 */
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly directory: DirectoryReader,
  ) {}

  of(filter: StatisticsFilter | null | undefined): ChallengeStatistics {
    return { filter: normalizeStatisticsFilter(filter) };
  }

  /** The rows of an aggregate statement, kept until the database changes (see aggregate-cache.ts). */
  private rawMany<T>(query: SelectQueryBuilder<Commitment>): Promise<T[]> {
    return cachedAggregate(this.dataSource, "rawMany", query, () => query.getRawMany<T>());
  }

  private rawOne<T>(query: SelectQueryBuilder<Commitment>): Promise<T | undefined> {
    return cachedAggregate(this.dataSource, "rawOne", query, () => query.getRawOne<T>());
  }

  /**
   * Published commitments under the filter; drafts never count, whoever asks. A member type or region is resolved to
   * member ids through the directory (one call per request).
   */
  private async base(filter: NormalizedStatisticsFilter): Promise<SelectQueryBuilder<Commitment>> {
    const query = this.dataSource.getRepository(Commitment).createQueryBuilder("commitment").where("commitment.published_at IS NOT NULL");
    if (filter.area) query.andWhere(`${AREA} = :sArea`, { sArea: filter.area });
    if (filter.memberIds.length > 0) query.andWhere("commitment.member_id IN (:...sMembers)", { sMembers: filter.memberIds });
    const ofProfile = await this.directory.memberIdsWhere(filter);
    if (ofProfile?.length === 0) query.andWhere("1 = 0");
    else if (ofProfile) query.andWhere("commitment.member_id IN (:...sProfileMembers)", { sProfileMembers: ofProfile });
    if (filter.pathway) query.andWhere("commitment.pathway = :sPathway", { sPathway: filter.pathway });
    if (filter.status) query.andWhere("commitment.status = :sStatus", { sStatus: filter.status });
    if (filter.startDateFrom) query.andWhere("commitment.start_date >= :sFrom", { sFrom: filter.startDateFrom });
    if (filter.startDateTo) query.andWhere("commitment.start_date <= :sTo", { sTo: filter.startDateTo });
    if (filter.endDateFrom) query.andWhere("commitment.end_date >= :sEndFrom", { sEndFrom: filter.endDateFrom });
    if (filter.endDateTo) query.andWhere("commitment.end_date <= :sEndTo", { sEndTo: filter.endDateTo });
    return query;
  }

  /** The totals under a filter, in one statement per filter and request, however many of its fields are selected. */
  totals(statistics: ChallengeStatistics): Promise<Totals> {
    return this.loaders
      .get<string, Totals>("statistics.totals", (keys) =>
        Promise.all(keys.map((key) => this.countTotals(JSON.parse(key) as NormalizedStatisticsFilter))),
      )
      .load(JSON.stringify(statistics.filter));
  }

  private async countTotals(filter: NormalizedStatisticsFilter): Promise<Totals> {
    const query = (await this.base(filter))
      .select("COUNT(*)", "commitments")
      .addSelect("COUNT(DISTINCT commitment.member_id)", "members")
      .addSelect("COUNT(DISTINCT commitment.lead_institution_id)", "institutions")
      .addSelect(`SUM(${ACTIVE})`, "active")
      .addSelect("SUM(CASE WHEN commitment.start_date IS NULL THEN 1 ELSE 0 END)", "undated")
      .addSelect(`COUNT(DISTINCT ${AREA})`, "areas")
      .addSelect(`COUNT(DISTINCT ${YEAR})`, "years");
    const row = await this.rawOne<Record<string, Count>>(query);
    return {
      commitments: count(row?.commitments ?? 0),
      membersTakingPart: count(row?.members ?? 0),
      institutions: count(row?.institutions ?? 0),
      withActiveCoCreator: count(row?.active ?? 0),
      withoutStartDate: count(row?.undated ?? 0),
      areas: count(row?.areas ?? 0),
      years: count(row?.years ?? 0),
    };
  }

  /** Commitments per status of each group (`key` an SQL expression), in one GROUP BY for the whole page. */
  private async statusCounts(
    filter: NormalizedStatisticsFilter,
    key: string,
    groups: string[],
    prepare: (query: SelectQueryBuilder<Commitment>) => SelectQueryBuilder<Commitment> = (query) => query,
  ): Promise<Map<string, StatisticsStatusCount[]>> {
    const out = new Map<string, StatisticsStatusCount[]>(groups.map((group) => [group, []]));
    if (groups.length === 0) return out;
    const rows = await this.rawMany<{ grp: string; status: CommitmentStatus; count: Count }>(
      prepare(await this.base(filter))
        .select(key, "grp")
        .addSelect("commitment.status", "status")
        .addSelect("COUNT(*)", "count")
        .andWhere(`${key} IN (:...sGroups)`, { sGroups: groups })
        .groupBy(key)
        .addGroupBy("commitment.status"),
    );
    for (const row of rows) out.get(row.grp)?.push({ status: row.status, count: count(row.count) });
    for (const counts of out.values()) counts.sort((a, b) => a.status.localeCompare(b.status));
    return out;
  }

  /** Per area, a page in area-code order: four statements (the page, its statuses, its IRM completion, the totals). */
  async areas(
    statistics: ChallengeStatistics,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<AreaStatistics>> {
    const { size, after } = pageOf(args.first, args.after);
    const filter = statistics.filter;
    const query = (await this.base(filter))
      .select(AREA, "area")
      .addSelect("COUNT(*)", "commitments")
      .addSelect("COUNT(DISTINCT commitment.member_id)", "members")
      .addSelect("COUNT(DISTINCT commitment.lead_institution_id)", "institutions")
      .addSelect(`SUM(${ACTIVE})`, "active")
      .andWhere(`${AREA} IS NOT NULL`)
      .groupBy(AREA)
      .orderBy(AREA, "ASC")
      .limit(size + 1);
    if (after) query.andWhere(`${AREA} > :sAfter`, { sAfter: after });
    const [rows, totals] = await Promise.all([
      this.rawMany<{ area: string; commitments: Count; members: Count; institutions: Count; active: Count }>(query),
      this.totals(statistics),
    ]);
    const areas = rows.slice(0, size).map((row) => row.area);
    const [statuses, completions] = await Promise.all([this.statusCounts(filter, AREA, areas), this.completionCounts(filter, areas)]);
    const nodes = rows.map((row): AreaStatistics => {
      const commitments = count(row.commitments);
      const active = count(row.active);
      return {
        area: row.area as AreaStatistics["area"],
        commitments,
        membersTakingPart: count(row.members),
        institutions: count(row.institutions),
        byStatus: statuses.get(row.area) ?? [],
        irmCompletion: completions.get(row.area) ?? [],
        withActiveCoCreator: active,
        activeCoCreationShare: commitments === 0 ? 0 : active / commitments,
      };
    });
    return connection(nodes, (node) => node.area, size, after, totals.areas);
  }

  private async completionCounts(
    filter: NormalizedStatisticsFilter,
    areas: string[],
  ): Promise<Map<string, { completion: IrmCompletion; count: number }[]>> {
    const out = new Map<string, { completion: IrmCompletion; count: number }[]>(areas.map((area) => [area, []]));
    if (areas.length === 0) return out;
    const rows = await this.rawMany<{ area: string; completion: IrmCompletion; count: Count }>(
      (await this.base(filter))
        .innerJoin(IrmRating, "rating", "rating.commitment_id = commitment.id")
        .select(AREA, "area")
        .addSelect("rating.completion", "completion")
        .addSelect("COUNT(*)", "count")
        .andWhere(`${AREA} IN (:...sAreas)`, { sAreas: areas })
        .groupBy(AREA)
        .addGroupBy("rating.completion"),
    );
    for (const row of rows) out.get(row.area)?.push({ completion: row.completion, count: count(row.count) });
    for (const counts of out.values()) counts.sort((a, b) => a.completion.localeCompare(b.completion));
    return out;
  }

  /** Per member, a page in member-id order: three statements (the page, its statuses, the totals). */
  async members(
    statistics: ChallengeStatistics,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<MemberStatistics>> {
    const { size, after } = pageOf(args.first, args.after);
    const filter = statistics.filter;
    const query = (await this.base(filter))
      .select("commitment.member_id", "member")
      .addSelect("COUNT(*)", "commitments")
      .addSelect(`COUNT(DISTINCT ${AREA})`, "areas")
      .addSelect("COUNT(DISTINCT commitment.lead_institution_id)", "institutions")
      .addSelect(`SUM(${ACTIVE})`, "active")
      .groupBy("commitment.member_id")
      .orderBy("commitment.member_id", "ASC")
      .limit(size + 1);
    if (after) query.andWhere("commitment.member_id > :sAfter", { sAfter: after });
    const [rows, totals] = await Promise.all([
      this.rawMany<{ member: string; commitments: Count; areas: Count; institutions: Count; active: Count }>(query),
      this.totals(statistics),
    ]);
    const statuses = await this.statusCounts(
      filter,
      "commitment.member_id",
      rows.slice(0, size).map((row) => row.member),
    );
    const nodes = rows.map(
      (row): MemberStatistics => ({
        memberId: row.member,
        commitments: count(row.commitments),
        areas: count(row.areas),
        institutions: count(row.institutions),
        withActiveCoCreator: count(row.active),
        byStatus: statuses.get(row.member) ?? [],
      }),
    );
    return connection(nodes, (node) => node.memberId, size, after, totals.membersTakingPart);
  }

  /** Commitments per year of their planned start, oldest first: two statements (the page, the totals). */
  async years(
    statistics: ChallengeStatistics,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<YearStatistics>> {
    const { size, after } = pageOf(args.first, args.after);
    const query = (await this.base(statistics.filter))
      .select(YEAR, "year")
      .addSelect("COUNT(*)", "commitments")
      .andWhere("commitment.start_date IS NOT NULL")
      .groupBy(YEAR)
      .orderBy(YEAR, "ASC")
      .limit(size + 1);
    if (after) query.andWhere(`${YEAR} > :sAfter`, { sAfter: after });
    const [rows, totals] = await Promise.all([this.rawMany<{ year: string; commitments: Count }>(query), this.totals(statistics)]);
    const nodes = rows.map((row): YearStatistics => ({ year: Number(row.year), commitments: count(row.commitments) }));
    return connection(nodes, (node) => String(node.year), size, after, totals.years);
  }

  /**
   * Per OGP region, in region order. The directory owns regions: its member -> region map (one call per request) becomes
   * a derived table the commitments join, so the database groups by region: two statements (the regions, their
   * statuses), whatever the number of commitments and members. Commitments of members the directory does not know are
   * left out. There are four regions at most, so the page is cut from the whole (small) grouped list.
   */
  async regions(
    statistics: ChallengeStatistics,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<RegionStatistics>> {
    const { size, after } = pageOf(args.first, args.after);
    const filter = statistics.filter;
    const profiles = [...(await this.directory.memberProfiles()).values()].filter((profile) =>
      (Object.values(Region) as string[]).includes(profile.region),
    );
    if (profiles.length === 0) return connection([], (node: RegionStatistics) => node.region, size, after, 0);
    const parameters: Record<string, string> = {};
    const select = profiles.map((profile, index) => {
      parameters[`rgM${index}`] = profile.id;
      parameters[`rgR${index}`] = profile.region;
      return `SELECT CAST(:rgM${index} AS VARCHAR(36)) AS member_id, CAST(:rgR${index} AS VARCHAR(32)) AS region`;
    });
    const joinRegions = (query: SelectQueryBuilder<Commitment>) =>
      query
        .innerJoin(`(${select.join(" UNION ALL ")})`, "region_map", "region_map.member_id = commitment.member_id")
        .setParameters(parameters);
    const query = joinRegions(await this.base(filter))
      .select("region_map.region", "region")
      .addSelect("COUNT(*)", "commitments")
      .addSelect("COUNT(DISTINCT commitment.member_id)", "members")
      .addSelect("COUNT(DISTINCT commitment.lead_institution_id)", "institutions")
      .addSelect(`SUM(${ACTIVE})`, "active")
      .groupBy("region_map.region")
      .orderBy("region_map.region", "ASC");
    const all = await this.rawMany<{ region: Region; commitments: Count; members: Count; institutions: Count; active: Count }>(query);
    const rows = all.filter((row) => after === null || row.region > after).slice(0, size + 1);
    const statuses = await this.statusCounts(
      filter,
      "region_map.region",
      rows.slice(0, size).map((row) => row.region),
      joinRegions,
    );
    const nodes = rows.map((row): RegionStatistics => {
      const commitments = count(row.commitments);
      const active = count(row.active);
      return {
        region: row.region,
        commitments,
        membersTakingPart: count(row.members),
        institutions: count(row.institutions),
        byStatus: statuses.get(row.region) ?? [],
        withActiveCoCreator: active,
        activeCoCreationShare: commitments === 0 ? 0 : active / commitments,
      };
    });
    return connection(nodes, (node) => node.region, size, after, all.length);
  }
}
