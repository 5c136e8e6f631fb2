import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Loaded } from "./Loaded";

const show = (result: { loading: boolean; error?: Error; data?: { count: number } }, onRetry = () => {}) =>
  render(
    <Loaded result={result} failed="The queue could not be loaded" onRetry={onRetry}>
      {(data) => <p>{`${data.count} cases`}</p>}
    </Loaded>,
  );

describe("Loaded", () => {
  it("shows progress until the first answer, then the data, and keeps the data on screen while it is asked again", () => {
    const { rerender } = show({ loading: true });
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.queryByText(/cases/)).toBeNull();
    rerender(
      <Loaded result={{ loading: true, data: { count: 3 } }} failed="The queue could not be loaded" onRetry={() => {}}>
        {(data) => <p>{`${data.count} cases`}</p>}
      </Loaded>,
    );
    expect(screen.getByText("3 cases")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("says what failed, in words a person can act on, and tries again on request", async () => {
    const onRetry = vi.fn();
    show({ loading: false, error: new TypeError("Failed to fetch") }, onRetry);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The queue could not be loaded");
    expect(alert.textContent).toContain("The API could not be reached");
    expect(screen.queryByText(/cases/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
