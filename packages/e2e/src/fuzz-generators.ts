/**
 * Operations generated from the public schema for the fuzz test. Each operation is built from a "tape" of numbers that
 * fast-check generates and shrinks: every choice the generator makes reads the next number, and a 0 (what fast-check
 * shrinks towards) is always the simplest choice. A failing case therefore shrinks to a short, mostly valid operation.
 */
import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

/** A GraphQL request as a client would send it. */
export interface OperationCase {
  kind: "operation";
  query: string;
  variables: unknown;
  operationName?: string;
}

/** A request body that is not a well-formed GraphQL request (or not JSON at all), with the headers it comes with. */
export interface RawCase {
  kind: "raw";
  method: "GET" | "POST";
  contentType?: string;
  accept?: string;
  csrfHeader: boolean;
  body?: string;
  search?: string;
}

class Tape {
  private index = 0;
  constructor(private readonly values: readonly number[]) {}
  /** A choice among `n` (0 when the tape has run out). */
  pick(n: number): number {
    if (n <= 1) return 0;
    const value = this.values[this.index++] ?? 0;
    return value % n;
  }
  /** True with probability about `p`; false on a 0. */
  chance(p: number): boolean {
    return this.pick(1000) >= 1000 - Math.round(p * 1000);
  }
  of<T>(items: readonly T[]): T {
    return items[this.pick(items.length)] as T;
  }
}

/** Strings that have broken servers before; none spells an internal detail the test looks for in error messages. */
const NASTY_STRINGS = [
  "",
  "a",
  "Zoë – ✓ 漢字 مرحبا",
  "'; DROP TABLE accounts; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "\u0000\u0001\u001f",
  "../../etc/passwd",
  "%s%n%x",
  "$" + "{jndi:ldap://x}",
  "😀👍🏽",
  "   ",
  "someone@ogc.example",
  "not-an-email",
  "2026-02-30T25:61:00Z",
  "-1",
  "1e309",
  "NaN",
  "__proto__",
  "constructor",
  "\ud800",
];

function randomString(tape: Tape): string {
  const length = tape.pick(24);
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCodePoint(tape.of([32 + tape.pick(95), tape.pick(0x2ffff), 0x41 + tape.pick(26)]));
  return text;
}

function stringValue(tape: Tape, ids: readonly string[]): string {
  switch (tape.pick(6)) {
    case 0:
    case 1:
      return tape.of(NASTY_STRINGS);
    case 2:
      return randomString(tape);
    case 3:
      return tape.of(ids);
    case 4:
      return "x".repeat(tape.of([1000, 10_000, 100_000]));
    default:
      return tape.of(["a".repeat(256), "é".repeat(5000), "00000000-0000-0000-0000-000000000000"]);
  }
}

const INTS = [0, 1, -1, 20, 100, 101, 2_147_483_647, -2_147_483_648, 5];
const FLOATS = [0, 1.5, -1e10, 3.14, 1e-300];

/** Builds operations for one schema; `ids` are record ids that exist in the stack (and a few that do not). */
export class OperationGenerator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly ids: readonly string[],
    /** Root fields never generated (e.g. those that would end the caller's own session). */
    private readonly excludedRootFields: readonly string[] = [],
  ) {}

  /**
   * An arbitrary of operations: the tape is what fast-check shrinks. Unbiased, or fast-check's preference for small
   * numbers would make most tapes pick the first, simplest option everywhere.
   */
  arbitrary(): fc.Arbitrary<OperationCase> {
    return fc.noBias(fc.array(fc.nat({ max: 1_000_000 }), { maxLength: 300 })).map((values) => this.build(values));
  }

  build(values: readonly number[]): OperationCase {
    return new Build(this.schema, this.ids, new Tape(values), this.excludedRootFields).operation();
  }
}

class Build {
  private readonly variableDefinitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  /** 0: valid everywhere; higher: more wrong values, unknown fields and broken selections. */
  private readonly chaos: number;
  private readonly useVariables: boolean;
  private readonly maxDepth: number;
  private aliasCount = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly ids: readonly string[],
    private readonly tape: Tape,
    private readonly excludedRootFields: readonly string[],
  ) {
    this.chaos = tape.of([0, 0, 0.03, 0.1, 0.3]);
    this.useVariables = tape.chance(0.4);
    this.maxDepth = tape.chance(0.1) ? 10 + tape.pick(6) : 1 + tape.pick(5);
  }

  private wrong(): boolean {
    return this.chaos > 0 && this.tape.chance(this.chaos);
  }

  operation(): OperationCase {
    const tape = this.tape;
    const kind = tape.of(["query", "query", "mutation", "query", "subscription"] as const);
    const root = kind === "mutation" ? this.schema.getMutationType() : this.schema.getQueryType();
    if (!root) throw new Error("schema without a root type");
    const count = 1 + (tape.chance(0.3) ? tape.pick(4) : 0);
    const selections: string[] = [];
    for (let i = 0; i < count; i++) selections.push(this.field(root, 1));
    if (this.chaos > 0 && tape.chance(0.1)) selections.push("__schema { types { name } }");
    const name = tape.chance(0.3) ? tape.of(["Fuzz", "", "op_1", "Fuzz"]) : "";
    const definitions = this.variableDefinitions.length ? `(${this.variableDefinitions.join(", ")})` : "";
    let query = `${kind} ${name}${definitions} { ${selections.join(" ")} }`;
    if (this.wrong()) query = this.mangle(query);
    let variables: unknown = this.variables;
    if (this.chaos > 0 && tape.chance(0.05)) variables = tape.of([null, [], "x", 1, { extra: 1 }]);
    const operationName = tape.chance(0.1) ? tape.of(["Fuzz", "Other", ""]) : undefined;
    return { kind: "operation", query, variables, ...(operationName !== undefined ? { operationName } : {}) };
  }

  /** Damages a well-formed document the way a broken client or a person typing would. */
  private mangle(query: string): string {
    const tape = this.tape;
    const cut = tape.pick(query.length + 1);
    switch (tape.pick(6)) {
      case 0:
        return query.slice(0, cut);
      case 1:
        return `${query.slice(0, cut)}${tape.of(["{", "}", "(", ")", "$", "@", "...", '"', "#", ":", "!"])}${query.slice(cut)}`;
      case 2:
        return `${query} ${query}`;
      case 3:
        return `${query} fragment F on Query { ...F }`;
      case 4:
        return `${"{ a ".repeat(200)}`;
      default:
        return query.replace(/\{/g, tape.of(["{", "{ @skip(if: true) ", "{ __typename "]));
    }
  }

  private alias(): string {
    const tape = this.tape;
    if (!tape.chance(0.2)) return "";
    this.aliasCount++;
    return `${tape.of(["a", "b", "dup", `x${this.aliasCount}`, "__typename", "_1"])}: `;
  }

  private field(parent: GraphQLObjectType, depth: number): string {
    const tape = this.tape;
    if (this.wrong()) return tape.of(["unknownField", "__typename", "password", "__type", "id(extra: 1)"]);
    const fields = Object.values(parent.getFields()).filter((field) => depth > 1 || !this.excludedRootFields.includes(field.name));
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const pool = depth >= this.maxDepth && leaves.length ? leaves : fields;
    const field = pool[tape.pick(pool.length)] as GraphQLField<unknown, unknown>;
    const args = this.arguments(field.args);
    return `${this.alias()}${field.name}${args}${this.selection(field.type, depth)}`;
  }

  private arguments(args: readonly GraphQLArgument[]): string {
    const tape = this.tape;
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && !tape.chance(0.4)) continue;
      if (required && this.wrong()) continue; // a required argument left out
      parts.push(`${arg.name}: ${this.argumentValue(arg.type)}`);
    }
    if (this.wrong()) parts.push(`${tape.of(["unknownArg", "first", "id"])}: ${tape.of(["1", '"x"', "null", "{}"])}`);
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  private argumentValue(type: GraphQLInputType): string {
    const tape = this.tape;
    if (this.useVariables && tape.chance(0.6)) {
      const name = `v${this.variableDefinitions.length}`;
      const declared = this.wrong() ? tape.of(["Int", "String!", "[ID!]!", "UnknownType", "Boolean", "JSONObject"]) : String(type);
      this.variableDefinitions.push(`$${name}: ${declared}`);
      if (!this.wrong()) this.variables[name] = this.jsonValue(type, 0);
      else if (tape.chance(0.5)) this.variables[name] = this.wrongJson(0);
      return `$${name}`;
    }
    return this.literal(type, 0);
  }

  private literal(type: GraphQLInputType, depth: number): string {
    const tape = this.tape;
    if (this.wrong()) return this.wrongLiteral(depth);
    if (isNonNullType(type)) return this.literal(type.ofType, depth);
    if (tape.chance(0.05)) return "null";
    if (isListType(type)) {
      if (tape.chance(0.2)) return this.literal(type.ofType, depth + 1);
      const items: string[] = [];
      const length = tape.pick(4);
      for (let i = 0; i < length; i++) items.push(this.literal(type.ofType, depth + 1));
      return `[${items.join(", ")}]`;
    }
    if (isEnumType(type)) return tape.of(type.getValues()).name;
    if (isInputObjectType(type)) {
      const fields: string[] = [];
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required || (depth < 4 && tape.chance(0.3))) fields.push(`${field.name}: ${this.literal(field.type, depth + 1)}`);
      }
      return `{ ${fields.join(", ")} }`;
    }
    return this.scalarLiteral(type.name);
  }

  private scalarLiteral(name: string): string {
    const tape = this.tape;
    switch (name) {
      case "Int":
        return String(tape.of(INTS));
      case "Float":
        return String(tape.of(FLOATS));
      case "Boolean":
        return tape.of(["true", "false"]);
      case "JSONObject":
        return tape.of(["{}", '{ a: 1, b: "x", c: [1, 2, { d: null }] }', '{ "__proto__": 1 }']);
      default:
        return JSON.stringify(stringValue(tape, this.ids));
    }
  }

  private wrongLiteral(depth: number): string {
    const tape = this.tape;
    switch (tape.pick(12)) {
      case 0:
        return '"not what was asked"';
      case 1:
        return "123";
      case 2:
        return "1.5";
      case 3:
        return "true";
      case 4:
        return "null";
      case 5:
        return "UNKNOWN_ENUM_VALUE";
      case 6:
        return `{ unknownField: 1${depth < 3 ? `, nested: ${this.wrongLiteral(depth + 1)}` : ""} }`;
      case 7:
        return `${"[".repeat(60)}1${"]".repeat(60)}`;
      case 8:
        return tape.of(["99999999999999999999", "-2147483649", "1e400", "0x10"]);
      case 9:
        return JSON.stringify("y".repeat(tape.of([10_000, 200_000])));
      case 10:
        return "$undeclared";
      default:
        return `${"{ a: ".repeat(40)}1${" }".repeat(40)}`;
    }
  }

  private jsonValue(type: GraphQLInputType, depth: number): unknown {
    const tape = this.tape;
    if (this.wrong()) return this.wrongJson(depth);
    if (isNonNullType(type)) return this.jsonValue(type.ofType, depth);
    if (tape.chance(0.05)) return null;
    if (isListType(type)) {
      if (tape.chance(0.2)) return this.jsonValue(type.ofType, depth + 1);
      const length = tape.pick(4);
      return Array.from({ length }, () => this.jsonValue(type.ofType, depth + 1));
    }
    if (isEnumType(type)) return tape.of(type.getValues()).name;
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required || (depth < 4 && tape.chance(0.3))) value[field.name] = this.jsonValue(field.type, depth + 1);
      }
      return value;
    }
    switch (type.name) {
      case "Int":
        return tape.of(INTS);
      case "Float":
        return tape.of(FLOATS);
      case "Boolean":
        return tape.chance(0.5);
      case "JSONObject":
        return tape.of([{}, { a: 1, b: [true, null, "x"] }, { nested: { deeper: { deepest: "é" } } }]);
      default:
        return stringValue(tape, this.ids);
    }
  }

  private wrongJson(depth: number): unknown {
    const tape = this.tape;
    switch (tape.pick(10)) {
      case 0:
        return "not what was asked";
      case 1:
        return 123;
      case 2:
        return 1.5;
      case 3:
        return false;
      case 4:
        return null;
      case 5:
        return "UNKNOWN_ENUM_VALUE";
      case 6:
        return { unknownField: 1, ...(depth < 3 ? { nested: this.wrongJson(depth + 1) } : {}) };
      case 7: {
        let deep: unknown = 1;
        for (let i = 0; i < 200; i++) deep = tape.chance(0.5) ? [deep] : { a: deep };
        return deep;
      }
      case 8:
        return tape.of([1e308, -1e308, 2 ** 53 + 1, 2_147_483_648]);
      default:
        return "z".repeat(tape.of([10_000, 300_000]));
    }
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const tape = this.tape;
    const named = getNamedType(type) as GraphQLNamedType;
    if (isLeafType(named)) return this.wrong() ? " { id }" : "";
    if (this.wrong()) return ""; // an object field without a selection
    if (depth >= this.maxDepth + 2) return " { __typename }";
    const parts: string[] = [];
    if (isAbstractType(named)) {
      parts.push("__typename");
      const possible = this.schema.getPossibleTypes(named);
      const count = tape.pick(Math.min(3, possible.length) + 1);
      for (let i = 0; i < count; i++) {
        const object = possible[tape.pick(possible.length)] as GraphQLObjectType;
        parts.push(`... on ${object.name} { ${this.field(object, depth + 1)} }`);
      }
    } else if (isObjectType(named)) {
      const count = 1 + (tape.chance(0.4) ? tape.pick(3) : 0);
      for (let i = 0; i < count; i++) parts.push(this.field(named, depth + 1));
    } else if (isScalarType(named)) {
      return "";
    }
    return ` { ${parts.join(" ")} }`;
  }
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/graphql-response+json",
  "application/graphql",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "application/xml",
  "application/json; charset=utf-16",
];

const GARBAGE_BODIES = [
  "",
  "{",
  '{"query": ',
  "null",
  "[]",
  "[1, 2]",
  '"{ __typename }"',
  '{"query": 1}',
  '{"query": null}',
  '{"query": "{ __typename }", "variables": "x"}',
  '{"query": "{ __typename }", "variables": [1]}',
  '{"query": "{ __typename }", "operationName": 5}',
  '{"query": "{ __typename }", "extensions": "x"}',
  '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
  '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
  '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]',
  '{"query": "{ __typename }"',
  '{"query": "{ __typename }"}}}}',
  '{"query": "\\ud800"}',
  '{"__proto__": {"query": "{ __typename }"}}',
  "query { __typename }",
  "\u0000\u0000\u0000",
];

/** Request bodies that are not well-formed GraphQL requests, with more or less plausible headers. */
export function rawCaseArbitrary(): fc.Arbitrary<RawCase> {
  const body = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...GARBAGE_BODIES) },
    { weight: 2, arbitrary: fc.string({ maxLength: 200, unit: "binary" }) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
    {
      weight: 2,
      arbitrary: fc
        .record({ query: fc.oneof(fc.string(), fc.json()), variables: fc.jsonValue(), operationName: fc.jsonValue() }, { requiredKeys: [] })
        .map((value) => JSON.stringify(value)),
    },
  );
  const post = fc.record({
    kind: fc.constant("raw" as const),
    method: fc.constant("POST" as const),
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
    accept: fc.option(fc.constantFrom("application/json", "application/graphql-response+json", "*/*"), { nil: undefined }),
    csrfHeader: fc.boolean(),
    body,
  });
  const get = fc.record({
    kind: fc.constant("raw" as const),
    method: fc.constant("GET" as const),
    accept: fc.option(fc.constantFrom("application/json", "application/graphql-response+json"), { nil: undefined }),
    csrfHeader: fc.boolean(),
    search: fc.oneof(
      fc.constantFrom("", "?query=", "?query={", "?query=mutation{signOut}", "?query={__typename}&variables=x", "?query=%E0%A4%A"),
      fc.string({ maxLength: 100 }).map((text) => `?query=${encodeURIComponent(text)}`),
    ),
  });
  return fc.oneof({ weight: 4, arbitrary: post }, { weight: 1, arbitrary: get });
}
