import type { GatewayConfigBase } from "@graphql-hive/gateway-runtime";
import type { ExecutionResult, GraphQLError } from "graphql";

type RetryOptions = Exclude<NonNullable<GatewayConfigBase<Record<string, never>>["upstreamRetry"]>, (...args: never[]) => unknown>;

/** Retries of one subgraph request: ~4 s of backoff (200 ms x 1.5^n), enough for a subgraph process to restart. */
export const DEFAULT_UPSTREAM_RETRIES = 6;

function errorsOf(result: unknown): readonly GraphQLError[] {
  return ((result as ExecutionResult | undefined)?.errors ?? []) as readonly GraphQLError[];
}

/** The subgraph could not be reached at all: the transport's error, no HTTP response. */
function unreachable(error: GraphQLError): boolean {
  return error.extensions?.code === "SUBREQUEST_HTTP_ERROR";
}

/** Nothing was sent: the connection itself was refused (the subgraph is restarting, or a replica just left). */
function refused(error: GraphQLError): boolean {
  const causes: unknown[] = [
    error.message,
    error.originalError?.message,
    (error.originalError as { cause?: { code?: string } } | undefined)?.cause?.code,
  ];
  return unreachable(error) && causes.some((cause) => typeof cause === "string" && /ECONNREFUSED|connection refused/i.test(cause));
}

/**
 * Retry policy for subgraph requests. A query is retried whenever its subgraph could not be reached (reads are
 * safe to repeat); a mutation only when its connection was refused, since then nothing reached the subgraph and it
 * cannot be applied twice. A subgraph's own answers, errors included, are never retried.
 */
export function upstreamRetry(maxRetries: number): RetryOptions {
  return {
    maxRetries,
    retryDelay: 200,
    retryDelayFactor: 1.5,
    shouldRetry: ({ executionRequest, executionResult, response }) => {
      if (response) return false;
      const errors = errorsOf(executionResult);
      if (errors.some(refused)) return true;
      const isMutation = executionRequest.operationType === "mutation";
      return !isMutation && errors.some(unreachable);
    },
  };
}
