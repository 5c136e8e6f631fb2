import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StoryBody } from "./StoryBody";

describe("StoryBody", () => {
  it("keeps the story's formatting and web links, and drops scripts and other links", () => {
    const { container } = render(
      <StoryBody
        html={
          '<h2>Results</h2><p>We opened <strong>every</strong> budget.<script>alert(1)</script></p><ul><li><a href="https://ogp.example/report">The report</a></li><li><a href="javascript:alert(1)">Bad</a></li></ul><img src=x onerror="alert(1)">'
        }
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Results" })).toBeTruthy();
    expect(screen.getByText("every").tagName).toBe("STRONG");
    const link = screen.getByRole("link", { name: "The report" });
    expect(link.getAttribute("href")).toBe("https://ogp.example/report");
    expect(link.getAttribute("rel")).toContain("noopener");
    expect(screen.queryByRole("link", { name: "Bad" })).toBeNull();
    expect(screen.getByText("Bad")).toBeTruthy();
    expect(container.querySelector("script, img")).toBeNull();
    expect(container.textContent).not.toContain("alert");
  });
});
