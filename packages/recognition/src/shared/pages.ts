import { decodeCursor, type Edge, encodeCursor, type PageArgs, type PageInfo, pageSize } from "@ogc/kit";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * A page without a total. Story lists use it instead of the kit's `Connection`, whose `totalCount` would be a number
 * computed over stories: DOMAIN.md rule 9 says stories are never used to measure anything, so none is ever exposed.
 */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Newest first, ties broken by id: the one order of every list of this subgraph. */
export interface NewestFirst {
  id: string;
  createdAt: string;
}

function toPage<T extends NewestFirst>(rows: T[], first: number, after: string | null | undefined): Page<T> {
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((node) => ({ node, cursor: encodeCursor([node.createdAt, node.id]) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Keyset pagination of a query builder whose alias is `alias`, newest first: one statement, and no count. */
export async function pageOfQuery<T extends NewestFirst & ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
): Promise<Page<T>> {
  const first = pageSize(args.first);
  const page = query.clone();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, 2);
    page.andWhere(`(${alias}.createdAt < :__cursorAt OR (${alias}.createdAt = :__cursorAt AND ${alias}.id < :__cursorId))`, {
      __cursorAt: createdAt,
      __cursorId: id,
    });
  }
  const rows =
    first === 0
      ? []
      : await page
          .orderBy(`${alias}.createdAt`, "DESC")
          .addOrderBy(`${alias}.id`, "DESC")
          .take(first + 1)
          .getMany();
  return toPage(rows, first, args.after);
}

/** The same page over rows already loaded (a batched load of many parents' rows), sorted here newest first. */
export function pageOfRows<T extends NewestFirst>(rows: readonly T[], args: PageArgs): Page<T> {
  const first = pageSize(args.first);
  const sorted = [...rows].sort((a, b) => (a.createdAt === b.createdAt ? compare(b.id, a.id) : compare(b.createdAt, a.createdAt)));
  let start = 0;
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, 2) as [string, string];
    start = sorted.findIndex((row) => row.createdAt < createdAt || (row.createdAt === createdAt && row.id < id));
    if (start < 0) start = sorted.length;
  }
  return toPage(sorted.slice(start, start + first + 1), first, args.after);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
