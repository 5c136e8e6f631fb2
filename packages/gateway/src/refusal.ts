import { englishOf, type Message, toMessage } from "@ogc/kit";
import { GraphQLError } from "graphql";

/**
 * Codes of the gateway's own refusals (docs/api-protection.md). Stable: clients and dashboards may branch on them.
 * `UNAUTHENTICATED` and `RATE_LIMITED` are shared with the subgraphs (the kit's `ErrorCode`).
 */
export const REFUSAL_CODES = [
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_DIRECTIVES",
  "TOO_MANY_TOKENS",
  "QUERY_TOO_COMPLEX",
  "PAYLOAD_TOO_LARGE",
  "CSRF_PREVENTED",
  "SERVICE_UNAVAILABLE",
  "UNSUPPORTED_MEDIA_TYPE",
  "BAD_REQUEST",
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface RefusalOptions {
  /** HTTP status of the response. */
  status: number;
  headers?: Record<string, string>;
  /** Extra `extensions` for the client (e.g. `limit`, `retryAfter`). */
  extensions?: Record<string, unknown>;
  /**
   * Answer like a GraphQL request error (parse, validation): `status` with `application/graphql-response+json`,
   * 200 with legacy `application/json`, as the GraphQL-over-HTTP spec asks. graphql-yoga reads `http.spec`.
   */
  graphqlRequestError?: boolean;
}

/**
 * A refusal by the gateway: a GraphQL error with a stable code and a message a person can act on. graphql-yoga turns
 * `extensions.http` into the response's status and headers and strips it from the body.
 */
export function refusal(code: RefusalCode, message: string | Message, options: RefusalOptions): GraphQLError {
  const http = { status: options.status, headers: options.headers, ...(options.graphqlRequestError ? { spec: true } : {}) };
  return sayable(new GraphQLError(englishOf(message), { extensions: { code, ...options.extensions, http } }), message);
}

/** The message each of the gateway's own errors says, as a template and values, for `useLanguage` to translate. */
const said = new WeakMap<GraphQLError, Message>();

/** Marks `error` as saying `message`, so that it is said in the request's language (`useLanguage`). */
export function sayable(error: GraphQLError, message: string | Message): GraphQLError {
  said.set(error, toMessage(message));
  return error;
}

/** What `error` says, when it is one of the gateway's own errors (`refusal`, the masked errors). */
export function saidBy(error: unknown): Message | undefined {
  return error instanceof GraphQLError ? said.get(error) : undefined;
}
