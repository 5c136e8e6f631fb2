import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** What went wrong with a request, in the terms a person can act on. */
export interface ApiProblem {
  /**
   * conflict: someone changed the record first (reload); input: a field is wrong; refused: not allowed or not found;
   * server: something failed on the server; unavailable: a service the change needed did not answer, nothing was saved.
   */
  kind: "conflict" | "input" | "refused" | "server" | "unavailable" | "unreachable";
  /** The server's message, written for people and translated through Accept-Language; empty when it must not be shown. */
  message: string;
  /** For `input`: the input field the server names (e.g. `endDate`). */
  field?: string;
}

const SHOWN_CODES = new Set(["BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED", "RATE_LIMITED"]);

export function toApiProblem(error: unknown): ApiProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: "unreachable", message: "" };
  const first = error.errors[0];
  const code = first?.extensions?.code;
  const message = first?.message ?? "";
  // A service that could not be reached ("nothing was saved; try again in a minute"), said by a subgraph or by the
  // gateway: the console says it in its own words, the same whichever service it was, in the reader's language.
  if (code === "SERVICE_UNAVAILABLE") return { kind: "unavailable", message };
  // Unexpected errors are masked by the server; their text helps nobody, so the console says what to do instead.
  if (typeof code !== "string" || !SHOWN_CODES.has(code)) return { kind: "server", message: "" };
  if (code === "CONFLICT") return { kind: "conflict", message };
  if (code === "BAD_USER_INPUT") {
    const field = first?.extensions?.field;
    return typeof field === "string" ? { kind: "input", message, field } : { kind: "input", message };
  }
  return { kind: "refused", message };
}

/** Whether the server's `named` field is `field` or a part of it (`commitmentIds.2` is about `commitmentIds`). */
export function isAbout(named: string, field: string): boolean {
  return named === field || named.startsWith(`${field}.`);
}

/** The message of a problem about `field` (or a part of it), to show under that field. */
export function fieldError(problem: ApiProblem | null, field: string): string | undefined {
  return problem?.kind === "input" && problem.field !== undefined && isAbout(problem.field, field) ? problem.message : undefined;
}
