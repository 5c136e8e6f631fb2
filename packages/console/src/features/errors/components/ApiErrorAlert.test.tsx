import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { toApiProblem } from "../api-problem";
import { ApiErrorAlert } from "./ApiErrorAlert";

const failed = (code: string, message: string) => toApiProblem(new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] }));

describe("ApiErrorAlert", () => {
  it("says that nothing was saved and to try again in a minute when a service the change needs is unavailable", () => {
    const message = "The identity service could not be asked to check the account, so nothing was saved; try again in a minute.";
    render(<ApiErrorAlert problem={failed("SERVICE_UNAVAILABLE", message)} />);
    expect(screen.getByRole("alert").textContent).toBe(
      "A service the hub needed for this did not answer, so nothing was saved. Try again in a minute.",
    );
  });

  it("says what to do instead of the masked text of an internal error", () => {
    render(<ApiErrorAlert problem={failed("INTERNAL_SERVER_ERROR", "Unexpected error.")} />);
    expect(screen.getByRole("alert").textContent).toContain("The API answered with an error. Try again");
    expect(screen.getByRole("alert").textContent).not.toContain("Unexpected error.");
  });
});
