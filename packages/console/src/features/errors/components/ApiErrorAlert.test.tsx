import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { toApiProblem } from "../api-problem";
import { ApiErrorAlert } from "./ApiErrorAlert";

const failed = (code: string, message: string) => toApiProblem(new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] }));

describe("ApiErrorAlert", () => {
  it("shows what the server said when a service it needs is unavailable", () => {
    const message = "The identity service could not be asked to check the account, so nothing was saved; try again in a minute.";
    render(<ApiErrorAlert problem={failed("SERVICE_UNAVAILABLE", message)} />);
    expect(screen.getByRole("alert").textContent).toContain(message);
  });

  it("says what to do instead of the masked text of an internal error", () => {
    render(<ApiErrorAlert problem={failed("INTERNAL_SERVER_ERROR", "Unexpected error.")} />);
    expect(screen.getByRole("alert").textContent).toContain("The API answered with an error. Try again");
    expect(screen.getByRole("alert").textContent).not.toContain("Unexpected error.");
  });
});
