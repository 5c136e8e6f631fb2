import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.js";
import {
  apiCaller,
  auditPage,
  commitmentAt,
  isoDay,
  noHorizontalOverflow,
  SIGN_IN_LABELS,
  shows,
  signInPage,
  type Who,
} from "./console-kit.js";
import { type Stack, startTestStack } from "./stack.js";

// Officers' and partners' screens against the real stack: milestones and a progress report in an open review window,
// a story and a nomination, then the officer's pages on a tablet, by keyboard only. Axe on every page, light and dark.
const screenshots = fileURLToPath(new URL("../screenshots/roles/", import.meta.url));
const TITLE = `Civic space register ${Date.now()}`;
const STORY = `Courts open their budgets ${Date.now()}`;

let stack: Stack & { dispose(): Promise<void> };
let browser: Browser;
let consoleUrl: string;
let commitmentId = "";
const contexts: BrowserContext[] = [];
const api = apiCaller(() => stack);
const audit = (page: Page, name: string) => auditPage(page, name, screenshots);
const signIn = (page: Page, who: Who) => signInPage(page, consoleUrl, who, SIGN_IN_LABELS.en);

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab did not reach the element in ${limit} presses`);
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [stack, browser] = await Promise.all([startTestStack(1600, true), launchBrowser()]);
  if (!stack.consoleUrl) throw new Error("the stack was started without the console");
  consoleUrl = stack.consoleUrl;
  commitmentId = await commitmentAt(api, stack, { title: TITLE, area: "CIVIC_SPACE", status: "ELIGIBLE" });
  // A mid-term review window open today, and an award cycle taking nominations.
  await api("support", "mutation ($i: CreateReviewCycleInput!) { createReviewCycle(input: $i) { id } }", {
    i: { kind: "MID_TERM", opensOn: isoDay(-1), closesOn: isoDay(30), scope: "Standalone commitments", scopePathways: ["STANDALONE"] },
  });
  // The demo partner asks to co-create it: the officer answers from the requests page.
  await api("partner", "mutation ($i: RequestCoCreationInput!) { requestCoCreation(input: $i) { id } }", {
    i: { commitmentId, role: "EVALUATION", partnerId: stack.demo?.partnerId, note: "We audit registers like this one." },
  });
  await api("support", "mutation ($i: OpenAwardCycleInput!) { openAwardCycle(input: $i) { id } }", {
    i: { name: "Open Gov Challenge Awards (trial)", opensOn: isoDay(-1), closesOn: isoDay(60) },
  });
}, 180_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.dispose();
});

describe("officers' and partners' screens", () => {
  const violations: string[] = [];

  it("an officer accepts a co-creation request, adds a milestone and reports progress in the open review window", async () => {
    const page = await newPage();
    await signIn(page, "officer");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Co-creation requests" }).click();
    await page.getByRole("heading", { level: 1, name: "Co-creation requests" }).waitFor();
    const request = page.getByRole("listitem").filter({ hasText: TITLE });
    await request.getByText("“We audit registers like this one.”").waitFor();
    violations.push(...(await audit(page, "officer-co-creation-requests")));
    await request.getByRole("button", { name: /^Accept / }).click();
    await shows(page, page.getByText(new RegExp(`now co-creates “${TITLE}”`)));
    await page.getByText("0 requests wait for your answer.").waitFor();

    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My commitments" }).click();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByText(/The mid-term review window is open/).waitFor();

    await page.getByRole("textbox", { name: /^Milestone/ }).fill("Publish the first audit");
    await page.getByLabel("Due date (optional)").fill(isoDay(200));
    await page.getByRole("button", { name: "Add the milestone" }).click();
    await shows(page, page.getByText("Milestone “Publish the first audit” added."));
    await page.getByRole("heading", { level: 3, name: "2. Publish the first audit" }).waitFor();
    await page.getByRole("button", { name: "Mark in progress: milestone 1. Register online" }).click();
    await shows(page, page.getByRole("listitem").filter({ hasText: "1. Register online" }).getByText("In progress", { exact: true }));

    await page.getByRole("button", { name: "Start implementation" }).click();
    await shows(page, page.getByRole("button", { name: "Declare it completed" }));
    violations.push(...(await audit(page, "officer-commitment")));

    const report = page.getByRole("form", { name: "Progress report" });
    await report.getByRole("combobox", { name: /How far the commitment has come/ }).click();
    await page.getByRole("option", { name: "Limited" }).click();
    await report.getByRole("textbox", { name: /What was done/ }).fill("The register is online for two ministries.");
    await report.getByRole("textbox", { name: /Evidence links/ }).fill("https://example.org/register");
    await report.getByRole("button", { name: "Submit the progress report" }).click();
    await shows(page, page.getByText("Your progress report was filed."));
    await page
      .getByRole("list", { name: "Reports made" })
      .getByText(/Limited · mid-term review/)
      .waitFor();

    const { commitment } = await api<{
      commitment: {
        status: string;
        coCreators: { role: string }[];
        milestones: { title: string; status: string }[];
        progressReports: { completion: string; evidenceLinks: string[] }[];
      };
    }>(
      "support",
      "query ($id: ID!) { commitment(id: $id) { status coCreators { role } milestones { title status } progressReports { completion evidenceLinks } } }",
      {
        id: commitmentId,
      },
    );
    expect(commitment.status).toBe("IN_PROGRESS");
    expect(commitment.coCreators).toEqual([{ role: "EVALUATION" }]);
    expect(commitment.milestones).toEqual([
      { title: "Register online", status: "IN_PROGRESS" },
      { title: "Publish the first audit", status: "PLANNED" },
    ]);
    expect(commitment.progressReports).toEqual([{ completion: "LIMITED", evidenceLinks: ["https://example.org/register"] }]);
  }, 120_000);

  it("a partner shares a story and nominates the government for the reform", async () => {
    const page = await newPage();
    await signIn(page, "partner");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("link", { name: "Stories" }).click();
    await page.getByRole("heading", { level: 1, name: "Stories" }).waitFor();
    await page.getByRole("button", { name: "Submit the story" }).click();
    await page.getByText("Choose at least one.").waitFor();
    await page.getByRole("textbox", { name: /^Title/ }).fill(STORY);
    await page
      .getByRole("textbox", { name: /^The story/ })
      .fill("Citizens now read every court's budget.\n\nThree courts publish monthly.");
    await page.getByRole("checkbox", { name: "Justice" }).check();
    await page.getByRole("button", { name: "Submit the story" }).click();
    await shows(page, page.getByText(`“${STORY}” was sent to the support unit`));
    await page
      .getByRole("list", { name: "Your partner's stories" })
      .getByRole("listitem")
      .filter({ hasText: STORY })
      .getByText("Waiting for moderation")
      .waitFor();
    violations.push(...(await audit(page, "partner-stories")));

    await nav.getByRole("link", { name: "Award nominations" }).click();
    await page.getByRole("heading", { level: 1, name: "Award nominations" }).waitFor();
    await page.getByRole("combobox", { name: /Nominated member/ }).fill("Alban");
    await page.getByRole("option", { name: /^Albania/ }).click();
    await page.getByRole("checkbox", { name: TITLE }).check();
    await page.getByRole("textbox", { name: /Why this government deserves recognition/ }).fill("The register was adopted and is in use.");
    await page.getByRole("button", { name: "Submit the nomination" }).click();
    await shows(page, page.getByText("Your nomination of Albania was sent to the support unit."));
    await page.getByRole("list", { name: "Your partner's nominations" }).getByText("Waiting for the support unit").waitFor();
    violations.push(...(await audit(page, "partner-nominations")));

    const seen = await api<{
      stories: { edges: { node: { title: string; status: string; body: string } }[] };
      nominations: { edges: { node: { status: string; commitments: { id: string }[] } }[] };
    }>(
      "support",
      "{ stories(first: 10, filter: { status: SUBMITTED }) { edges { node { title status body } } } nominations(first: 10) { edges { node { status commitments { id } } } } }",
    );
    expect(seen.stories.edges.map((e) => e.node)).toContainEqual({
      title: STORY,
      status: "SUBMITTED",
      body: "<p>Citizens now read every court's budget.</p><p>Three courts publish monthly.</p>",
    });
    expect(seen.nominations.edges.map((e) => e.node)).toContainEqual({ status: "SUBMITTED", commitments: [{ id: commitmentId }] });
  }, 120_000);

  it("on a tablet the officer's pages fit the screen, and the keyboard alone adds a milestone", async () => {
    const page = await newPage({ width: 768, height: 1024 });
    await signIn(page, "officer");
    // Narrow screens: the navigation is behind a menu button, a modal drawer that gives focus back when closed.
    const menu = page.getByRole("button", { name: "Open navigation" });
    await menu.click();
    await page.getByRole("dialog", { name: "Main navigation" }).getByRole("link", { name: "My commitments" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "Main navigation" }).waitFor({ state: "hidden" });
    expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);

    for (const [path, heading, name] of [
      ["/my-commitments", "My commitments", "tablet-my-commitments"],
      ["/commitments/new", "New standalone commitment", "tablet-new-commitment"],
      ["/co-creation/requests", "Co-creation requests", "tablet-co-creation-requests"],
      [`/my-commitments/${commitmentId}`, TITLE, "tablet-commitment"],
    ] as const) {
      await page.goto(`${consoleUrl}${path}`);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      if (path === "/my-commitments") await page.getByRole("link", { name: TITLE }).waitFor();
      expect(await noHorizontalOverflow(page), path).toBe(true);
      violations.push(...(await audit(page, name)));
    }

    // Keyboard only: the skip link first, then into the page, to the milestone form, and Enter submits it.
    await page.getByRole("button", { name: "Add the milestone" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    await tabTo(page, (element) => element.id === "add-milestone-title");
    await page.keyboard.type("Train the registry staff");
    await tabTo(page, (element) => element.tagName === "BUTTON" && element.textContent === "Add the milestone", 8);
    // The focused control is visibly marked (WCAG 2.4.7).
    expect(
      await page.evaluate(() => {
        const focused = document.activeElement;
        return focused?.matches(":focus-visible") && getComputedStyle(focused).outlineStyle === "solid";
      }),
    ).toBe(true);
    await page.keyboard.press("Enter");
    await shows(page, page.getByText("Milestone “Train the registry staff” added."));
    await page.getByRole("heading", { level: 3, name: "3. Train the registry staff" }).waitFor();
    expect(await noHorizontalOverflow(page)).toBe(true);

    // The edit dialog keeps the keyboard inside while open and gives focus back to its button when closed.
    const edit = page.getByRole("button", { name: "Edit milestone 1. Register online" });
    await edit.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Edit milestone 1" });
    await dialog.waitFor();
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    violations.push(...(await audit(page, "tablet-milestone-dialog")));
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await edit.evaluate((element) => element === document.activeElement)).toBe(true);
  }, 120_000);

  it("an officer corrects a submitted commitment, then withdraws it with a reason, both kept in its history", async () => {
    const title = `Open procurement portal ${Date.now()}`;
    const id = await commitmentAt(api, stack, { title, area: "FISCAL_OPENNESS", status: "SUBMITTED" });
    const page = await newPage();
    await signIn(page, "officer");
    await page.goto(`${consoleUrl}/my-commitments/${id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    await page.getByRole("button", { name: "Correct the details" }).click();
    const dialog = page.getByRole("dialog", { name: "Correct the commitment" });
    await dialog.getByRole("textbox", { name: /^Summary/ }).fill("Every public contract, published as open data.");
    violations.push(...(await audit(page, "officer-commitment-details")));
    await dialog.getByRole("button", { name: "Save the corrections" }).click();
    await dialog.waitFor({ state: "hidden" });
    await shows(page, page.getByText("Every public contract, published as open data."));

    await page.getByRole("button", { name: "Withdraw the commitment" }).click();
    const confirm = page.getByRole("dialog", { name: `Withdraw “${title}”?` });
    await confirm.getByRole("textbox", { name: /^Reason/ }).fill("Merged into the national procurement reform.");
    await confirm.getByRole("button", { name: "Withdraw", exact: true }).click();
    await shows(page, page.locator(".MuiChip-root", { hasText: "Withdrawn" }).first());
    expect(await page.getByRole("button", { name: "Withdraw the commitment" }).count()).toBe(0);

    const { commitment } = await api<{
      commitment: { status: string; summary: string; history: { kind: string; note: string | null; changes: Record<string, unknown> }[] };
    }>("support", "query ($id: ID!) { commitment(id: $id) { status summary history { kind note changes } } }", { id });
    expect(commitment.status).toBe("WITHDRAWN");
    expect(commitment.summary).toBe("Every public contract, published as open data.");
    expect(commitment.history[0]).toMatchObject({ kind: "STATUS_CHANGED", note: "Merged into the national procurement reform." });
    expect(commitment.history[1]).toMatchObject({
      kind: "EDITED",
      changes: { summary: { to: "Every public contract, published as open data." } },
    });
  }, 120_000);

  it("finds no WCAG 2.2 AA violation on any page, in the light or the dark theme", () => {
    expect(violations).toEqual([]);
  });
});
