import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { msg } from "@ogc/kit";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";
import { refusal } from "./refusal.js";

/** What one operation may ask for. Each limit is configurable (environment.ts); the defaults fit the console's pages. */
export interface OperationLimits {
  /** Nesting of fields, counting through fragments (not introspection, whose nesting graphql-js limits itself). */
  maxDepth: number;
  /** Aliased fields in the operation, counting each use of a fragment. */
  maxAliases: number;
  /** Directives (`@include`, `@skip`, ...) in the operation, counting each use of a fragment. */
  maxDirectives: number;
  /** Lexical tokens of the document (names, punctuation, values): bounds the work of parsing and validating it. */
  maxTokens: number;
  /** Estimated cost (see `measureOperation`). */
  maxCost: number;
  /** How many items a list counts for when the operation does not say (`first`/`last`): the API's default page size. */
  defaultListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 10_000,
  defaultListSize: 20,
};

/** Each root field of a mutation counts this much: writes cost more than reads. */
const MUTATION_FIELD_COST = 10;

/** Arguments that say how many items a list or a connection returns (Relay). */
const SLICING_ARGUMENTS = ["first", "last"];
/** Fields of a connection whose size is the connection's `first`/`last`. */
const SIZED_CONNECTION_FIELDS = ["edges", "nodes"];

export interface OperationMeasure {
  /** Deepest nesting of fields outside introspection. */
  depth: number;
  aliases: number;
  directives: number;
  /**
   * Estimated cost: every field returning an object counts 1, times the sizes of the lists around it (and its own, if
   * it is a list). A list's size is its `first`/`last` argument (on a connection, the size of its `edges`/`nodes`),
   * else `defaultListSize`. Scalars are free (they come with their object); introspection is answered by the gateway
   * and is free too; each root field of a mutation adds 10.
   */
  cost: number;
}

interface Totals {
  depth: number;
  aliases: number;
  directives: number;
  /** Cost with a multiplier of 1 around the selection; a use of it under lists multiplies it. */
  cost: number;
}

const EMPTY: Totals = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Measures a validated operation. Fragments are measured once per use context and scaled, so a document whose
 * fragments spread each other many times costs linear time here, however large its expansion.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  defaultListSize: number,
): OperationMeasure | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Totals>();
  // Variables as the operation will see them: those sent, else their defaults in the operation.
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(values, variables);

  const sizeOf = (value: ValueNode | undefined, field: GraphQLField<unknown, unknown>, argument: string): number | undefined => {
    const resolved = value ? valueFromASTUntyped(value, values) : field.args.find((arg) => arg.name === argument)?.defaultValue;
    return typeof resolved === "number" && Number.isInteger(resolved) && resolved >= 0 ? resolved : undefined;
  };

  /** `connectionSize`: the `first`/`last` of the connection this selection set belongs to, for its edges/nodes. */
  const measureSelections = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    connectionSize: number | undefined,
    introspection: boolean,
  ): Totals => {
    const totals = { ...EMPTY };
    const add = (child: Totals) => {
      totals.depth = Math.max(totals.depth, child.depth);
      totals.aliases += child.aliases;
      totals.directives += child.directives;
      totals.cost += child.cost;
    };
    for (const selection of selectionSet.selections) {
      totals.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        add(measureField(selection, parent, connectionSize, introspection));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(measureSelections(selection.selectionSet, type, connectionSize, introspection));
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type)) continue;
        const key = `${fragment.name.value}:${connectionSize ?? ""}:${introspection}`;
        let measured = memo.get(key);
        if (!measured) {
          // Placeholder first: validation refuses fragment cycles, but a cycle must not loop here either.
          memo.set(key, EMPTY);
          measured = measureSelections(fragment.selectionSet, type, connectionSize, introspection);
          memo.set(key, measured);
        }
        add(measured);
      }
    }
    return totals;
  };

  const measureField = (
    node: FieldNode,
    parent: GraphQLCompositeType,
    connectionSize: number | undefined,
    introspection: boolean,
  ): Totals => {
    const name = node.name.value;
    const definition = fieldDefinition(parent, name, parent === root);
    const aliases = node.alias ? 1 : 0;
    if (!definition) return { ...EMPTY, depth: 1, aliases };
    const inIntrospection = introspection || (name.startsWith("__") && name !== "__typename");
    const nullable = getNullableType(definition.type);
    const isList = isListType(nullable);
    const named = getNamedType(definition.type);

    const slicing = SLICING_ARGUMENTS.filter((argument) => definition.args.some((arg) => arg.name === argument));
    const sizes = slicing
      .map((argument) => sizeOf(node.arguments?.find((arg) => arg.name.value === argument)?.value, definition, argument))
      .filter((size): size is number => size !== undefined);
    const sliced = sizes.length > 0 ? Math.max(...sizes) : undefined;
    const hasSlicing = slicing.length > 0;
    let multiplier = 1;
    let childConnectionSize: number | undefined;
    if (isList) {
      const sizedByConnection = SIZED_CONNECTION_FIELDS.includes(name) ? connectionSize : undefined;
      multiplier = sliced ?? sizedByConnection ?? defaultListSize;
    } else if (hasSlicing) {
      childConnectionSize = sliced ?? defaultListSize;
    }

    const children =
      node.selectionSet && isCompositeType(named)
        ? measureSelections(node.selectionSet, named, childConnectionSize, inIntrospection)
        : EMPTY;
    const ownCost = inIntrospection || !isCompositeType(named) ? 0 : 1;
    const isMutationField =
      parent === root && operation.operation === "mutation" && !inIntrospection && definition !== TypeNameMetaFieldDef;
    const mutationCost = isMutationField ? MUTATION_FIELD_COST : 0;
    return {
      // Introspection is not measured by depth: the standard query nests `ofType` deeply, but linearly. graphql-js's
      // MaxIntrospectionDepthRule refuses what would multiply (`fields { type { fields { type { fields ... } } } }`).
      depth: inIntrospection ? 0 : 1 + children.depth,
      aliases: aliases + children.aliases,
      directives: children.directives,
      cost: mutationCost + (ownCost + children.cost) * multiplier,
    };
  };

  const totals = measureSelections(operation.selectionSet, root, undefined, false);
  return {
    depth: totals.depth,
    aliases: totals.aliases,
    directives: totals.directives + (operation.directives?.length ?? 0),
    cost: totals.cost,
  };
}

function fieldDefinition(parent: GraphQLCompositeType, name: string, isRoot: boolean): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (isRoot && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (isRoot && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return "getFields" in parent ? parent.getFields()[name] : undefined;
}

/** The refusals an operation earns under `limits`, one per limit it exceeds; empty when it may run. */
export function operationRefusals(measure: OperationMeasure, limits: OperationLimits): GraphQLError[] {
  const refusals: GraphQLError[] = [];
  const options = (limit: number, found: number) => ({ status: 400, graphqlRequestError: true, extensions: { limit, found } });
  if (measure.depth > limits.maxDepth) {
    refusals.push(
      refusal(
        "QUERY_TOO_DEEP",
        msg`The operation nests fields ${measure.depth} levels deep; the limit is ${limits.maxDepth}. Fetch the deeper part with a second operation.`,
        options(limits.maxDepth, measure.depth),
      ),
    );
  }
  if (measure.aliases > limits.maxAliases) {
    refusals.push(
      refusal(
        "TOO_MANY_ALIASES",
        msg`The operation uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}. Split it into several operations.`,
        options(limits.maxAliases, measure.aliases),
      ),
    );
  }
  if (measure.directives > limits.maxDirectives) {
    refusals.push(
      refusal(
        "TOO_MANY_DIRECTIVES",
        msg`The operation uses ${measure.directives} directives; the limit is ${limits.maxDirectives}.`,
        options(limits.maxDirectives, measure.directives),
      ),
    );
  }
  if (measure.cost > limits.maxCost) {
    refusals.push(
      refusal(
        "QUERY_TOO_COMPLEX",
        msg`The operation's estimated cost is ${measure.cost}; the limit is ${limits.maxCost}. Every object counts 1, times the page sizes of the lists around it (\`first\`/\`last\`, ${limits.defaultListSize} when not given): ask for smaller pages or fewer nested lists.`,
        options(limits.maxCost, measure.cost),
      ),
    );
  }
  return refusals;
}

/** graphql-js's own message when `maxTokens` is exceeded (it reads "more that" in graphql 16). */
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:at|an) \d+ tokens/;

/**
 * Enforces `limits` on every operation. Tokens are counted by graphql-js's parser itself, which stops as soon as the
 * limit is passed; the rest is measured after validation, when the variables are known (they size the lists).
 */
export function useOperationLimits(limits: OperationLimits): GatewayPlugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (!(error instanceof Error) || !TOKEN_LIMIT_MESSAGE.test(error.message)) throw error;
          throw refusal(
            "TOO_MANY_TOKENS",
            msg`The operation has more than ${limits.maxTokens} tokens (names, punctuation, values), the limit. Split it into several operations.`,
            { status: 400, graphqlRequestError: true, extensions: { limit: limits.maxTokens } },
          );
        }
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues as Record<string, unknown> | null | undefined;
      const measure = measureOperation(args.schema, args.document, args.operationName, variables, limits.defaultListSize);
      if (!measure) return;
      const refusals = operationRefusals(measure, limits);
      if (refusals.length > 0) setResultAndStopExecution({ errors: refusals });
    },
  };
}
