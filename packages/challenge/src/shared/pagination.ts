import { type Connection, decodeCursor, encodeCursor, type PageArgs, pageSize, type SortSpec } from "@ogc/kit";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { cachedAggregate } from "./aggregate-cache.js";

type CursorValue = string | number | boolean | null;

function toCursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * The kit's keyset pagination (`paginate`: sorted by `sort`, ties broken by `id`), except that `totalCount` is counted
 * only when the request selects it: a page alone is one statement on an index, whereas a count reads every matching
 * row. The count is still one statement, run when GraphQL resolves the field; on SQLite its result is kept until the
 * database changes (see aggregate-cache.ts).
 */
export async function paginateCountingOnDemand<T extends ObjectLiteral>(
  dataSource: DataSource,
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: SortSpec,
  id: { column: string; property: string },
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const countQuery = query.clone();
  const page = query.clone();
  const operator = sort.direction === "ASC" ? ">" : "<";
  if (args.after) {
    const [value, lastId] = decodeCursor(args.after, 2);
    page.andWhere(
      `(${sort.column} ${operator} :__cursorValue OR (${sort.column} = :__cursorValue AND ${id.column} ${operator} :__cursorId))`,
      { __cursorValue: value, __cursorId: lastId },
    );
  }
  const rows =
    first === 0
      ? []
      : await page
          .orderBy(sort.column, sort.direction)
          .addOrderBy(id.column, sort.direction)
          .take(first + 1)
          .getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({
    node,
    cursor: encodeCursor([toCursorValue(node[sort.property]), toCursorValue(node[id.property])]),
  }));
  let count: Promise<number> | undefined;
  const connection = {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
  // GraphQL reads `totalCount` off the object only when it is selected; it resolves the promise.
  Object.defineProperty(connection, "totalCount", {
    enumerable: true,
    get: () => {
      count ??= cachedAggregate(dataSource, "count", countQuery, () => countQuery.getCount());
      return count;
    },
  });
  return connection as Connection<T>;
}
