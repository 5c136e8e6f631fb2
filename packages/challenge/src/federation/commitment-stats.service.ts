import { Actor, type ChallengeAreaCode, type Connection, decodeCursor, encodeCursor, type LoaderRegistry, pageSize } from "@ogc/kit";
import { type DataSource, In, type SelectQueryBuilder } from "typeorm";
import { Commitment, CommitmentInstitution } from "../commitment/commitment.entity.js";
import { applyFilter, type CheckedCommitmentFilter, type CommitmentListFilter, checkFilter } from "../commitment/commitment.service.js";
import { whereVisible } from "../commitment/commitment-access.js";
import type { CommitmentStatus } from "../commitment/commitment-status.js";
import type { DirectoryReader } from "../directory/directory-client.js";
import { cachedAggregate } from "../shared/aggregate-cache.js";

export type CommitmentParent = "member" | "institution" | "area";

/** The SQL expression naming a commitment's parent of each kind. */
const PARENT: Record<CommitmentParent, string> = {
  member: "commitment.member_id",
  institution: "link.institution_id",
  area: "COALESCE(commitment.assigned_area, commitment.proposed_area)",
};

export interface StatusCount {
  status: CommitmentStatus;
  count: number;
}

export interface CommitmentStats {
  total: number;
  byStatus: StatusCount[];
}

export interface NestedPageArgs {
  first?: number | null;
  after?: string | null;
  filter?: CommitmentListFilter | null;
}

/**
 * The commitments of many members, institutions or areas at once: whatever the number of parents, a page of each in
 * three statements (counts with GROUP BY, the page's ids with ROW_NUMBER() per parent, the rows), and the counts per
 * status in one GROUP BY. Rows are never loaded to be counted.
 */
export class CommitmentStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
  ) {}

  private base(
    kind: CommitmentParent,
    parents: readonly string[],
    filter: CheckedCommitmentFilter | null | undefined,
  ): SelectQueryBuilder<Commitment> {
    const query = this.dataSource.getRepository(Commitment).createQueryBuilder("commitment");
    if (kind === "institution") query.innerJoin(CommitmentInstitution, "link", "link.commitment_id = commitment.id");
    query.where(`${PARENT[kind]} IN (:...__parents)`, { __parents: [...parents] });
    whereVisible(query, "commitment", this.actor.viewer);
    applyFilter(query, "commitment", filter);
    return query;
  }

  commitmentsOf(kind: CommitmentParent, parentId: string, args: NestedPageArgs): Promise<Connection<Commitment>> {
    const first = pageSize(args.first);
    const cursor = args.after ? decodeCursor(args.after, 2) : null;
    return this.loaders
      .get<string, Connection<Commitment>>(`commitments.of.${kind}.${JSON.stringify(args)}`, async (parents) => {
        const filter = await checkFilter(args.filter, this.directory);
        const counts = await this.base(kind, parents, filter)
          .select(PARENT[kind], "parent")
          .addSelect("COUNT(*)", "total")
          .groupBy(PARENT[kind])
          .getRawMany<{ parent: string; total: string | number }>();
        const totals = new Map(counts.map((row) => [row.parent, Number(row.total)]));
        const ranked: { id: string; parent: string; rn: string | number }[] = [];
        if (first > 0 && counts.length > 0) {
          const inner = this.base(kind, parents, filter)
            .select("commitment.id", "id")
            .addSelect(PARENT[kind], "parent")
            .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${PARENT[kind]} ORDER BY commitment.created_at DESC, commitment.id DESC)`, "rn");
          if (cursor) {
            inner.andWhere("(commitment.created_at < :__after OR (commitment.created_at = :__after AND commitment.id < :__afterId))", {
              __after: cursor[0],
              __afterId: cursor[1],
            });
          }
          const [sql, parameters] = inner.getQueryAndParameters();
          ranked.push(...(await this.dataSource.query(`SELECT ranked.* FROM (${sql}) ranked WHERE ranked.rn <= ${first + 1}`, parameters)));
        }
        const ids = [...new Set(ranked.map((row) => row.id))];
        const rows = ids.length > 0 ? await this.dataSource.getRepository(Commitment).findBy({ id: In(ids) }) : [];
        const byId = new Map(rows.map((row) => [row.id, row]));
        return parents.map((parent) => {
          const mine = ranked
            .filter((row) => row.parent === parent)
            .sort((a, b) => Number(a.rn) - Number(b.rn))
            .map((row) => byId.get(row.id))
            .filter((row): row is Commitment => row !== undefined);
          const page = mine.slice(0, first);
          const edges = page.map((node) => ({ node, cursor: encodeCursor([node.createdAt, node.id]) }));
          return {
            totalCount: totals.get(parent) ?? 0,
            edges,
            pageInfo: {
              hasNextPage: mine.length > first,
              hasPreviousPage: Boolean(args.after),
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
          };
        });
      })
      .load(parentId);
  }

  /** Counts of an area's commitments (assigned area, else proposed) per status, in one GROUP BY for every area of the request. */
  statsOf(area: ChallengeAreaCode): Promise<CommitmentStats> {
    return this.loaders
      .get<string, CommitmentStats>("commitments.statsOf", async (areas) => {
        const query = this.base("area", areas, null)
          .select(PARENT.area, "parent")
          .addSelect("commitment.status", "status")
          .addSelect("COUNT(*)", "count")
          .groupBy(PARENT.area)
          .addGroupBy("commitment.status");
        const rows = await cachedAggregate(this.dataSource, "rawMany", query, () =>
          query.getRawMany<{ parent: string; status: CommitmentStatus; count: string | number }>(),
        );
        return areas.map((code) => {
          const byStatus = rows
            .filter((row) => row.parent === code)
            .map((row) => ({ status: row.status, count: Number(row.count) }))
            .sort((a, b) => a.status.localeCompare(b.status));
          return { total: byStatus.reduce((sum, row) => sum + row.count, 0), byStatus };
        });
      })
      .load(area);
  }
}
