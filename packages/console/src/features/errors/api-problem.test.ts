import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { fieldError, toApiProblem } from "./api-problem";

const refused = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...extra } }] });

describe("API problems", () => {
  it("puts a field error next to the field the server names", () => {
    const problem = toApiProblem(refused("BAD_USER_INPUT", "The end date is before the start.", { field: "endDate" }));
    expect(problem).toEqual({ kind: "input", message: "The end date is before the start.", field: "endDate" });
    expect(fieldError(problem, "endDate")).toBe("The end date is before the start.");
    expect(fieldError(problem, "startDate")).toBeUndefined();
  });

  it("counts an error about a part of a field (one item of a list) as the field's own", () => {
    const problem = toApiProblem(refused("BAD_USER_INPUT", "Commitment 2 is a draft.", { field: "commitmentIds.1" }));
    expect(fieldError(problem, "commitmentIds")).toBe("Commitment 2 is a draft.");
    expect(fieldError(problem, "commitment")).toBeUndefined();
  });

  it("tells a conflict from a refusal, and hides the text of unexpected errors", () => {
    expect(toApiProblem(refused("CONFLICT", "Changed meanwhile.")).kind).toBe("conflict");
    expect(toApiProblem(refused("FORBIDDEN", "Not yours."))).toEqual({ kind: "refused", message: "Not yours." });
    expect(toApiProblem(refused("INTERNAL_SERVER_ERROR", "stack trace"))).toEqual({ kind: "server", message: "" });
    expect(toApiProblem(new TypeError("Failed to fetch"))).toEqual({ kind: "unreachable", message: "" });
  });

  it("tells a service that did not answer (nothing saved, try again) from an unexpected error", () => {
    const message = "The directory could not be asked to check members, so nothing was saved; try again in a minute.";
    expect(toApiProblem(refused("SERVICE_UNAVAILABLE", message))).toEqual({ kind: "unavailable", message });
  });
});
