import { type ErrorCode, englishOf, type Message, msg } from "@ogc/kit";
import { GraphQLError } from "graphql";
import { REFUSAL_CODES, sayable } from "./refusal.js";

/**
 * Expected failures of the subgraphs (kit `DomainError`s): their messages are written for people. A record, so a code
 * added to the kit's `ErrorCode` fails the typecheck here until someone decides whether clients may see it.
 */
const DOMAIN_CODES: Record<Exclude<ErrorCode, "INTERNAL_SERVER_ERROR">, true> = {
  BAD_USER_INPUT: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  RATE_LIMITED: true,
  SERVICE_UNAVAILABLE: true,
};

/** Errors about the request itself (syntax, validation, variables, persisted queries); the gateway's own refusals are in refusal.ts. */
const REQUEST_CODES = [
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_MISMATCH",
];

/**
 * Codes whose errors reach the client unchanged. An allowlist, so that a code nobody reviewed (or a subgraph's raw
 * exception, which carries none) is masked rather than leaked.
 */
const CLIENT_CODES: ReadonlySet<string> = new Set([...Object.keys(DOMAIN_CODES), ...REQUEST_CODES, ...REFUSAL_CODES]);

/** Extensions that describe internals (stack, upstream request, service layout): never sent to clients. */
const INTERNAL_EXTENSIONS = ["stacktrace", "exception", "request", "serviceName"];

// Kit's own words for an internal error (kit-messages.ts translates them).
const INTERNAL = msg`Internal server error. It has been logged; try again or contact the support unit.`;
const UNAVAILABLE = msg`A service this request needs is unavailable right now; try again later.`;
const TIMEOUT = msg`A service this request needs took too long to answer; try again later.`;
export const INTERNAL_ERROR_MESSAGE = englishOf(INTERNAL);
export const UNAVAILABLE_MESSAGE = englishOf(UNAVAILABLE);
export const TIMEOUT_MESSAGE = englishOf(TIMEOUT);

/** A GraphQL error all the way down, i.e. not an exception wrapped as one (graphql-yoga's own test). */
function isOriginalGraphQLError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError == null || isOriginalGraphQLError(error.originalError);
}

/** Errors graphql-yoga raises for a malformed HTTP request ("Must provide query string."): no code, a 4xx status. */
function isRequestError(error: GraphQLError): boolean {
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return error.extensions.code === undefined && !error.path && typeof status === "number" && status >= 400 && status < 500;
}

function withoutInternals(error: GraphQLError): GraphQLError {
  if (!INTERNAL_EXTENSIONS.some((key) => key in error.extensions)) return error;
  const extensions = Object.fromEntries(Object.entries(error.extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)));
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

function replacement(error: unknown, message: Message, code: string): GraphQLError {
  const source = error instanceof GraphQLError ? error : undefined;
  const masked = new GraphQLError(englishOf(message), {
    nodes: source?.nodes,
    source: source?.source,
    positions: source?.positions,
    path: source?.path,
    extensions: { code },
  });
  // Said in the request's language by `useLanguage`, like the gateway's refusals.
  return sayable(masked, message);
}

/**
 * The gateway's `maskError`: what a client may see of an error. Errors meant for people pass unchanged (the very same
 * object, so graphql-yoga does not log them as failures); a subgraph that is down or too slow becomes a short, stable
 * message for that part of the answer; anything else is a bug, replaced by a generic message. graphql-yoga logs the
 * original of every replaced error, so nothing is lost for operators.
 */
export function maskGatewayError(error: unknown): Error {
  if (isOriginalGraphQLError(error)) {
    const code = error.extensions.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) return withoutInternals(error);
    // graphql-js and graphql-yoga raise plain GraphQLErrors, with no code, about the request itself: a variable
    // that does not fit its type, variables that are not JSON, a missing query. They are the caller's to fix.
    if (code === undefined && !error.path)
      return withCode(withoutInternals(error), /^Variable "\$/.test(error.message) ? "BAD_USER_INPUT" : "BAD_REQUEST");
    if (isRequestError(error)) return withoutInternals(error);
  }
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (code === "SUBREQUEST_HTTP_ERROR") return replacement(error, UNAVAILABLE, "SERVICE_UNAVAILABLE");
  if (code === "GATEWAY_TIMEOUT") return replacement(error, TIMEOUT, "GATEWAY_TIMEOUT");
  return replacement(error, INTERNAL, "INTERNAL_SERVER_ERROR");
}
