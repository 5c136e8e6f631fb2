import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ChallengeAuditLogPageQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";
import { challengeAuditLogQuery, recognitionAuditLogQuery } from "./audit-log";

function page(operations: [string, string | null][], endCursor: string | null): ChallengeAuditLogPageQuery {
  return {
    log: {
      __typename: "AuditEntryConnection",
      totalCount: 3,
      edges: operations.map(([operation, actorId], index) => ({
        __typename: "AuditEntryEdge" as const,
        node: {
          __typename: "AuditEntry" as const,
          id: `${operation}-${index}`,
          at: "2026-11-29T10:00:00.000Z",
          actorId,
          actorRole: actorId ? ("SUPPORT_UNIT" as const) : null,
          operation,
          entityType: "Story",
          entityId: "story-123456789",
          changes: { status: { from: "SUBMITTED", to: "PUBLISHED" } },
        },
      })),
      pageInfo: { __typename: "PageInfo", hasNextPage: endCursor !== null, endCursor },
    },
  };
}

describe("Audit log (support unit)", { timeout: 30_000 }, () => {
  it("shows who changed what in the chosen log, the viewer's own changes as theirs, a page at a time", async () => {
    const { mock } = signedInAs("support");
    const first = {
      request: { query: recognitionAuditLogQuery, variables: { after: null, filter: {} } },
      result: {
        data: page(
          [
            ["publishStory", "acc-support"],
            ["submitStory", "acc-partner-0001"],
          ],
          "cursor-2",
        ),
      },
    };
    const second = {
      request: { query: recognitionAuditLogQuery, variables: { after: "cursor-2", filter: {} } },
      result: { data: page([["seed", null]], null) },
    };
    const { user } = renderApp({ path: "/audit-log?log=recognition", mocks: [mock, first, second] });

    const table = await screen.findByRole("table", { name: "Stories and awards" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(within(rows[0] as HTMLElement).getAllByRole("cell")[1]?.textContent).toBe("You");
    expect(rows[0]?.textContent).toContain("status: SUBMITTED → PUBLISHED");
    expect(within(rows[1] as HTMLElement).getAllByRole("cell")[1]?.textContent).toBe("Support unit (acc-part)");
    expect(screen.getByText("3 entries")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("The system")).toBeTruthy();
    expect(screen.getByText("Page 2")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Next page" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("reads the challenge log when none is chosen", async () => {
    const { mock } = signedInAs("support");
    const challenge = {
      request: { query: challengeAuditLogQuery, variables: { after: null, filter: {} } },
      result: { data: page([["createCommitment", null]], null) },
    };
    renderApp({ path: "/audit-log", mocks: [mock, challenge] });
    expect(await screen.findByRole("table", { name: "Commitments and reviews" })).toBeTruthy();
  });

  it("narrows a log to one record from the URL, and widens it again on request", async () => {
    const { mock } = signedInAs("support");
    const one = {
      request: { query: recognitionAuditLogQuery, variables: { after: null, filter: { entityType: "Story", entityId: "s1" } } },
      result: { data: page([["publishStory", "acc-support"]], null) },
    };
    const every = {
      request: { query: recognitionAuditLogQuery, variables: { after: null, filter: { entityType: "Story" } } },
      result: {
        data: page(
          [
            ["publishStory", "acc-support"],
            ["submitStory", null],
          ],
          null,
        ),
      },
    };
    const { user, router } = renderApp({ path: "/audit-log?log=recognition&type=Story&entity=s1", mocks: [mock, one, every] });

    expect(await screen.findByText("Only the entries about the record s1.")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Kind of record/ }).textContent).toContain("Story");
    await user.click(screen.getByRole("button", { name: "Show every record" }));
    expect(await screen.findByText("The system")).toBeTruthy();
    expect(router.state.location.search).toBe("?log=recognition&type=Story");
  });
});
