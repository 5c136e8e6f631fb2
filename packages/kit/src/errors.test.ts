import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { BadUserInputError, ConflictError, createErrorFormatter } from "./errors.js";
import { createLogger } from "./logger.js";

const format = createErrorFormatter(createLogger("test", "silent"));

describe("createErrorFormatter", () => {
  it("keeps a domain error's message, code and field (and nothing more reaches the client)", () => {
    const error = new BadUserInputError("The end date is before the start date.", "endDate");
    expect(JSON.parse(JSON.stringify(format({ message: error.message, extensions: error.extensions }, error)))).toEqual({
      message: "The end date is before the start date.",
      extensions: { code: "BAD_USER_INPUT", field: "endDate" },
    });
  });

  it("keeps a domain error thrown inside a resolver", () => {
    const wrapped = new GraphQLError("x", { originalError: new ConflictError("Someone else changed it.") });
    expect(format({ message: "x", path: ["a"] }, wrapped)).toMatchObject({
      message: "Someone else changed it.",
      path: ["a"],
      extensions: { code: "CONFLICT" },
    });
  });

  it("keeps validation errors for the client, without stack traces", () => {
    const formatted = { message: 'Cannot query field "nope".', extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at x"] } };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual({
      message: 'Cannot query field "nope".',
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });

  it("says SERVICE_UNAVAILABLE, not a masked bug, when the database is down or restarting", () => {
    const pgDown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const wrapped = new GraphQLError("x", { originalError: Object.assign(new Error("QueryFailedError"), { driverError: pgDown }) });
    expect(format({ message: "x" }, wrapped)).toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
      message: expect.stringMatching(/Try again/),
    });
    const refused = new GraphQLError("x", {
      originalError: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    });
    expect(format({ message: "x" }, refused).extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
  });

  it("masks anything else: no internal message, no stack", () => {
    const bug = new GraphQLError("select * from secret failed", { originalError: new TypeError("cannot read x of undefined") });
    const result = format({ message: bug.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at y"] } }, bug);
    expect(result.message).not.toMatch(/secret|undefined/);
    expect(result.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
  });
});
