import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger.js";
import { ERROR_MESSAGE, englishOf, type Message, msg, type TranslatableError, toMessage } from "./messages.js";

/** Stable `extensions.code` values clients may rely on. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

/**
 * An expected failure: its message is meant for a person and is never masked. Given as a `Message` (msg`...`) or a
 * plain template, it is said in the request's language where the subgraph's catalog translates it (messages.ts).
 */
export class DomainError extends GraphQLError {
  readonly code: ErrorCode;
  /** The message as its English template and values, for translation. */
  readonly said: Message;
  constructor(code: ErrorCode, message: string | Message, extensions: Record<string, unknown> = {}) {
    super(englishOf(message), { extensions: { ...extensions, code } });
    this.code = code;
    this.said = toMessage(message);
  }
}

/** Input that breaks a rule; `field` names the offending input field (dotted path for nested input). */
export class BadUserInputError extends DomainError {
  constructor(message: string | Message, field?: string) {
    super("BAD_USER_INPUT", message, field ? { field } : {});
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string | Message) {
    super("NOT_FOUND", message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string | Message, extensions: Record<string, unknown> = {}) {
    super("CONFLICT", message, extensions);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string | Message = msg`You are not allowed to do this.`) {
    super("FORBIDDEN", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: string | Message = msg`Sign in to do this.`) {
    super("UNAUTHENTICATED", message);
  }
}

/** Codes of errors about the request itself (syntax, validation, variables): their messages are for the client. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** The error a resolver threw, under the located GraphQLError(s) that graphql-js and federation wrap it in. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && !(current instanceof DomainError) && current.originalError) current = current.originalError;
  return current;
}

/** A service this request needs cannot be reached right now; trying again later should work. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string | Message) {
    super("SERVICE_UNAVAILABLE", message);
  }
}

/** PostgreSQL error classes and Node socket errors that mean the database cannot be reached, not a bug. */
const DATABASE_UNAVAILABLE_CODES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
]);

/** True for an error that says the database is down or restarting (TypeORM wraps the driver's error). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error as { code?: unknown; driverError?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    current && depth < 4;
    depth += 1
  ) {
    if (typeof current.code === "string" && DATABASE_UNAVAILABLE_CODES.has(current.code)) return true;
    if (
      typeof current.message === "string" &&
      /Connection terminated|connect ECONNREFUSED|terminating connection due to administrator command/.test(current.message)
    )
      return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}

const DATABASE_UNAVAILABLE_MESSAGE = msg`The database is unavailable right now, so nothing was read or saved. Try again in a moment.`;

const INTERNAL_MESSAGE = msg`Internal server error. It has been logged; try again or contact the support unit.`;

/**
 * Apollo Server `formatError`: domain errors and GraphQL request errors (parse, validation) pass through;
 * anything else is a bug, logged in full and masked for the client so internals never leak.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): TranslatableError => {
    const original = unwrap(error);
    if (original instanceof DomainError) {
      const { http: _http, ...extensions } = original.extensions;
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions,
        [ERROR_MESSAGE]: original.said,
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, exception: _exception, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, "database unavailable");
      return {
        message: englishOf(DATABASE_UNAVAILABLE_MESSAGE),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "SERVICE_UNAVAILABLE" },
        [ERROR_MESSAGE]: DATABASE_UNAVAILABLE_MESSAGE,
      };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error in resolver");
    return {
      message: englishOf(INTERNAL_MESSAGE),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
      [ERROR_MESSAGE]: INTERNAL_MESSAGE,
    };
  };
}
