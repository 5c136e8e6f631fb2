import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { BadUserInputError } from "./errors.js";
import { msg } from "./messages.js";

/** Relay page information. Shared by every subgraph, hence `@shareable`. */
@ObjectType({ description: "Where a page sits in its list (Relay cursor connections)." })
@Directive("@shareable")
export class PageInfo {
  @Field({ description: "True when a page follows this one." })
  hasNextPage!: boolean;

  @Field({ description: "True when a page precedes this one." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of this page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of this page; pass it as `after`." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  /** Counted only when read (GraphQL reads it only when it is selected): a page alone never scans the whole list. */
  totalCount: number | Promise<number>;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Builds the `XConnection` and `XEdge` object types of a node type:
 * `@ObjectType() class MemberConnection extends ConnectionType(Member, "Member") {}`.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  // Shareable: a type such as AuditEntryEdge may be defined by several subgraphs.
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  @Directive("@shareable")
  class EdgeType implements Edge<T> {
    @Field({ description: "Opaque cursor of this edge; pass it as `after` to continue after it." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount!: number | Promise<number>;

    @Field(() => [EdgeType], { description: "The items of this page, in order." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    pageInfo!: PageInfo;
  }
  return ConnectionBase;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * `first` and `after` of a Relay connection field, declared once. Use as `@Args() page: PageArgsInput`, or extend it
 * with filters: an args class keeps arguments in declaration order (parameter decorators would list them reversed).
 */
@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: "Page size, at most 100; 20 when omitted." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "`endCursor` of the previous page; omit for the first page." })
  after?: string | null;
}
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface SortSpec {
  /** Column expression in the query builder, e.g. `member.name`. */
  column: string;
  /** Entity property holding that column's value on the loaded rows. */
  property: string;
  direction: "ASC" | "DESC";
}

type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === expectedLength) return values as CursorValue[];
  } catch {
    // fall through to the typed error
  }
  throw new BadUserInputError("The cursor is not one this list gave out; start again without `after`.", "after");
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(msg`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, "first");
  }
  return first;
}

export interface PaginateOptions<T extends ObjectLiteral> {
  /** How to count the filtered query (default: `getCount()`), e.g. through a cache of aggregates. */
  count?: (query: SelectQueryBuilder<T>) => Promise<number>;
}

/**
 * Keyset (cursor) pagination of a filtered query builder: sorted by `sort`, ties broken by `idColumn`, so pages are
 * stable while rows are added. One statement for the page; the count, a second one that reads every matching row, runs
 * only when `totalCount` is read, which GraphQL does only when the request selects it.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: SortSpec,
  id: { column: string; property: string },
  options: PaginateOptions<T> = {},
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
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((node) => ({
    node,
    cursor: encodeCursor([toCursorValue(node[sort.property]), toCursorValue(node[id.property])]),
  }));
  let counted: Promise<number> | undefined;
  const count = options.count ?? ((counting: SelectQueryBuilder<T>) => counting.getCount());
  return {
    get totalCount() {
      counted ??= count(countQuery);
      return counted;
    },
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function toCursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
