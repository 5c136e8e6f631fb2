import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.js";
import {
  apiCaller,
  auditPage,
  commitmentAt,
  DEMO_PASSWORDS,
  isoDay,
  loaded,
  noHorizontalOverflow,
  SIGN_IN_LABELS,
  shows,
  signInPage,
} from "./console-kit.js";
import { type Stack, startTestStack } from "./stack.js";

// The support unit's moderation and administration screens, against the real stack, with axe on every page in both themes.
const screenshots = fileURLToPath(new URL("../screenshots/support/", import.meta.url));
let stack: Stack & { dispose(): Promise<void> };
let browser: Browser;
let consoleUrl: string;
const contexts: BrowserContext[] = [];
const api = apiCaller(() => stack);
const audit = (page: Page, name: string) => auditPage(page, name, screenshots);

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [stack, browser] = await Promise.all([startTestStack(1500, true), launchBrowser()]);
  if (!stack.consoleUrl) throw new Error("the stack was started without the console");
  consoleUrl = stack.consoleUrl;
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.dispose();
});

describe("the support unit's moderation and administration screens", () => {
  // One signed-in page walks the screens in turn; each step leaves what the next one checks.
  let page: Page;
  let nav: Locator;
  let partner: { name: string };
  let story: { id: string };
  let nomination: { id: string };
  let inProgress = "";
  const violations: string[] = [];
  const storyTitle = `Court decisions, open at last ${Date.now()}`;
  const rationale = `Every court decision is public now (${Date.now()}).`;
  const invitee = `editor-${Date.now()}@partner.example`;

  it("shows the members taking part per area on the dashboard", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("no demo data");
    inProgress = await commitmentAt(api, stack, {
      title: "Open court decisions",
      area: "JUSTICE",
      status: "IN_PROGRESS",
      summary: "Open, searchable court decisions.",
      value: "TRANSPARENCY",
      startDate: isoDay(-60),
    });
    const { openAwardCycle: cycle } = await api<{ openAwardCycle: { id: string } }>(
      "support",
      "mutation ($i: OpenAwardCycleInput!) { openAwardCycle(input: $i) { id } }",
      { i: { name: "Open Gov Awards 2027", opensOn: isoDay(-1), closesOn: isoDay(60) } },
    );
    ({ submitStory: story } = await api<{ submitStory: { id: string } }>(
      "partner",
      "mutation ($i: SubmitStoryInput!) { submitStory(input: $i) { id } }",
      {
        i: {
          title: storyTitle,
          body: "<h2>What changed</h2><p>Citizens can now read <strong>every</strong> decision.</p>",
          language: "EN",
          areas: ["JUSTICE"],
          memberId: demo.memberId,
          mediaLinks: ["https://example.org/court-decisions"],
        },
      },
    ));
    ({ submitNomination: nomination } = await api<{ submitNomination: { id: string } }>(
      "partner",
      "mutation ($i: SubmitNominationInput!) { submitNomination(input: $i) { id } }",
      { i: { cycleId: cycle.id, memberId: demo.memberId, commitmentIds: [inProgress], rationale } },
    ));
    ({ partner } = await api<{ partner: { name: string } }>(null, "query ($id: ID!) { partner(id: $id) { name } }", {
      id: demo.partnerId,
    }));
    // Not public before moderation.
    expect((await api<{ story: unknown }>(null, "query ($id: ID!) { story(id: $id) { id } }", { id: story.id })).story).toBeNull();

    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const [email, password] = DEMO_PASSWORDS.support;
    await page.goto(`${consoleUrl}/sign-in`);
    await page.getByLabel(/e-mail/i).fill(email);
    await page.getByLabel(/password/i).fill(password);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await page.waitForURL((url) => url.pathname === "/dashboard");
    nav = page.getByRole("navigation", { name: "Main navigation" });

    // Dashboard: the member with the published commitment takes part in Justice.
    const members = page.getByRole("table", { name: "Members taking part per area" });
    const justice = members.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Justice" }) });
    await justice.waitFor();
    expect(Number(await justice.getByRole("cell").first().textContent())).toBeGreaterThanOrEqual(1);
    await page.getByText(/members? takes? part in the challenge/).waitFor();
    const justiceCommitments = justice.getByRole("link", { name: /commitments? in Justice/ });
    expect(await justiceCommitments.getAttribute("href")).toBe("/commitments?area=JUSTICE&published=true");
    const shown = Number(await justiceCommitments.textContent());
    violations.push(...(await audit(page, "dashboard")));
    // The number leads to a list of as many commitments: the published ones, not the drafts.
    await justiceCommitments.click();
    await page
      .getByRole("status")
      .filter({ hasText: new RegExp(`^${shown} commitments?$`) })
      .waitFor();
  }, 120_000);

  it("publishes the partner's story, which becomes public", async () => {
    // Story moderation: the partner's story waits; the support unit publishes it.
    await nav.getByRole("link", { name: "Story moderation" }).click();
    await page.getByRole("heading", { level: 1, name: "Story moderation" }).waitFor();
    const storyLink = page.getByRole("link", { name: storyTitle });
    await shows(page, storyLink);
    violations.push(...(await audit(page, "story-moderation")));
    await storyLink.click();
    await page.getByRole("heading", { level: 1, name: storyTitle }).waitFor();
    await page.getByRole("heading", { level: 2, name: "What changed" }).waitFor();
    await page.getByRole("cell", { name: `${partner.name} (Partner)` }).waitFor();
    violations.push(...(await audit(page, "story-review")));
    await page.getByRole("button", { name: "Publish the story" }).click();
    await shows(page, page.getByText("This story is published: anyone can read it."));
    const published = await api<{ story: { status: string } | null }>(null, "query ($id: ID!) { story(id: $id) { status } }", {
      id: story.id,
    });
    expect(published.story).toEqual({ status: "PUBLISHED" });
  }, 60_000);

  it("accepts the partner's nomination, which becomes public", async () => {
    // Nominations: accept the partner's nomination of Albania.
    await nav.getByRole("link", { name: "Nomination decisions" }).click();
    await page.getByRole("heading", { level: 1, name: "Nomination decisions" }).waitFor();
    const card = page.locator("section").filter({ hasText: rationale });
    await shows(page, card.getByRole("heading", { level: 2, name: /Albania · Open Gov Awards 2027/ }));
    await card.getByRole("link", { name: "Open court decisions" }).waitFor();
    violations.push(...(await audit(page, "nomination-decisions")));
    await card.getByRole("button", { name: "Accept the nomination" }).click();
    await shows(page, page.getByText(/The nomination of .*Albania.* was accepted/));
    expect(await page.getByText(rationale).count()).toBe(0);
    const accepted = await api<{ nomination: { status: string } | null }>(null, "query ($id: ID!) { nomination(id: $id) { status } }", {
      id: nomination.id,
    });
    expect(accepted.nomination).toEqual({ status: "ACCEPTED" });
  }, 60_000);

  it("opens an award cycle and closes it again, above the nominations", async () => {
    // Award cycles: the section above the nominations checks the days in the form, opens the cycle, and closes it.
    const name = `Open Gov Awards ${Date.now()}`;
    const section = page.getByRole("region", { name: "Award cycles" });
    const form = section.getByRole("form", { name: "Open an award cycle" });
    await form.getByRole("textbox", { name: "Name of the cycle" }).fill(name);
    await form.getByLabel("First day of nominations").fill(isoDay(10));
    await form.getByLabel("Last day of nominations").fill(isoDay(5));
    await form.getByRole("button", { name: "Open the cycle" }).click();
    await form.getByText("The last day must come after the first.").waitFor();
    await form.getByLabel("Last day of nominations").fill(isoDay(70));
    await form.getByRole("button", { name: "Open the cycle" }).click();
    await shows(page, section.getByText(`“${name}” is open: partners can nominate governments in it.`));
    const row = section.getByRole("row").filter({ hasText: name });
    await row.getByRole("button", { name: `Close ${name}` }).waitFor();
    violations.push(...(await audit(page, "award-cycles")));

    await row.getByRole("button", { name: `Close ${name}` }).click();
    await page
      .getByRole("dialog", { name: `Close “${name}”?` })
      .getByRole("button", { name: "Close the cycle" })
      .click();
    await shows(page, section.getByText(`“${name}” is closed: it takes no more nominations.`));
    expect(await row.getByRole("button").count()).toBe(0);
    const { awardCycles } = await api<{ awardCycles: { name: string; status: string }[] }>(null, "{ awardCycles { name status } }");
    expect(awardCycles.find((cycle) => cycle.name === name)?.status).toBe("CLOSED");
  }, 60_000);

  it("declines a partner's co-creation request from the support unit's list of requests", async () => {
    // Co-creation requests (DOMAIN rule 5: the support unit answers too): every member's pending requests.
    const note = `We audit court registers (${Date.now()}).`;
    await api("partner", "mutation ($i: RequestCoCreationInput!) { requestCoCreation(input: $i) { id } }", {
      i: { commitmentId: inProgress, role: "EVALUATION", note },
    });
    await nav.getByRole("link", { name: "Co-creation requests" }).click();
    await page.getByRole("heading", { level: 1, name: "Co-creation requests" }).waitFor();
    const card = page.getByRole("listitem").filter({ hasText: note });
    await shows(page, card.getByRole("link", { name: "Open court decisions" }));
    await card.getByText(/^Albania · led by /).waitFor();
    violations.push(...(await audit(page, "co-creation-requests")));
    await card.getByRole("textbox", { name: `Reason for ${partner.name}` }).fill("The ministry answers this one itself.");
    await card.getByRole("button", { name: `Decline ${partner.name}` }).click();
    await shows(page, page.getByText(`You declined the request of ${partner.name} on “Open court decisions”; they see your reason.`));
    const links = await api<{ coCreationLinks: { edges: { node: { status: string; reason: string | null } }[] } }>(
      "support",
      "query ($c: ID!) { coCreationLinks(first: 5, filter: { commitmentId: $c }) { edges { node { status reason } } } }",
      { c: inProgress },
    );
    expect(links.coCreationLinks.edges.map((edge) => edge.node)).toEqual([
      { status: "DECLINED", reason: "The ministry answers this one itself." },
    ]);
  }, 60_000);

  it("invites a partner editor, sees the invitation listed, and the invitee accepts it in the browser", async () => {
    // Accounts and invitations: invite a partner editor for the demo partner, and see the invitation listed.
    await nav.getByRole("link", { name: "Accounts and invitations" }).click();
    await page.getByRole("heading", { level: 1, name: "Accounts and invitations" }).waitFor();
    await page.getByRole("textbox", { name: "E-mail" }).fill(invitee);
    await page.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: "Partner editor" }).click();
    await page.getByRole("combobox", { name: "Partner organisation" }).fill(partner.name.slice(0, 6));
    await page.getByRole("option", { name: partner.name }).click();
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await shows(page, page.getByText(`${invitee} is invited.`));
    await page.getByText(/Invitation code: \S+/).waitFor();
    const invitations = page.getByRole("table", { name: "Invitations" });
    const row = invitations.getByRole("row").filter({ hasText: invitee });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual(expect.arrayContaining([invitee, "Partner editor", "Pending"]));
    await page.getByText("Only administrators see and manage the accounts.").waitFor();
    violations.push(...(await audit(page, "accounts")));

    // The invitee opens the e-mail's link (`<console>/accept-invitation?token=`, the code the page shows being the token)
    // in a browser of their own: a link without a token is refused at once, then the real one creates the account.
    const code = (await page.getByText(/Invitation code: \S+/).textContent()) ?? "";
    const token = /Invitation code: (\S+)/.exec(code)?.[1];
    if (!token) throw new Error(`no invitation code in "${code}"`);
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const invited = await context.newPage();
    await invited.goto(`${consoleUrl}/accept-invitation`);
    await invited.getByText("This invitation link cannot be used").waitFor();
    violations.push(...(await audit(invited, "accept-invitation-unusable")));
    await invited.goto(`${consoleUrl}/accept-invitation?token=${encodeURIComponent(token)}`);
    await invited.getByRole("heading", { level: 1, name: "Accept your invitation" }).waitFor();
    violations.push(...(await audit(invited, "accept-invitation")));
    await invited.getByRole("textbox", { name: /Your name/ }).fill("Eda Editor");
    await invited.getByLabel(/^Password/).fill("a long enough passphrase");
    await invited.getByRole("button", { name: "Create my account" }).click();
    // Signed in as a partner editor, on that role's first section.
    await shows(invited, invited.getByRole("heading", { level: 1, name: "Find commitments" }));
    expect(new URL(invited.url()).pathname).toBe("/find-commitments");
    await invited.getByRole("button", { name: "Account: Eda Editor" }).waitFor();
  }, 90_000);

  it("announces a review cycle", async () => {
    // Review cycles: the page lists the cycles and announces a new one.
    await nav.getByRole("link", { name: "Review cycles" }).click();
    await page.getByRole("heading", { level: 1, name: "Review cycles" }).waitFor();
    await page.getByLabel("First day").fill(isoDay(30));
    await page.getByLabel("Last day").fill(isoDay(90));
    await page.getByRole("textbox", { name: "Scope" }).fill("Standalone commitments on justice.");
    await page.getByRole("button", { name: "Create the review cycle" }).click();
    await shows(page, page.getByText("The review cycle was created."));
    await page.getByRole("table", { name: "Review cycles" }).getByRole("cell", { name: "Standalone commitments on justice." }).waitFor();
    violations.push(...(await audit(page, "review-cycles")));
  }, 60_000);

  it("finds its own decisions and invitation in the audit logs", async () => {
    // Audit log: the support unit's own publication and acceptance, in the recognition log.
    await nav.getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    await page.getByRole("combobox", { name: "Log" }).click();
    await page.getByRole("option", { name: "Stories and awards" }).click();
    const log = page.getByRole("table", { name: "Stories and awards" });
    const mine = log.getByRole("row").filter({ has: page.getByRole("cell", { name: "You", exact: true }) });
    await shows(page, mine.filter({ hasText: "publishStory" }));
    await mine.filter({ hasText: "acceptNomination" }).waitFor();
    expect(await mine.filter({ hasText: "publishStory" }).textContent()).toContain("status: SUBMITTED → PUBLISHED");
    violations.push(...(await audit(page, "audit-log")));
    // The invitation is in the identity log, as the support unit's.
    await page.getByRole("combobox", { name: "Log" }).click();
    await page.getByRole("option", { name: "Accounts and sign-ins" }).click();
    await page
      .getByRole("table", { name: "Accounts and sign-ins" })
      .getByRole("row")
      .filter({ hasText: "inviteAccount" })
      .filter({ has: page.getByRole("cell", { name: "You", exact: true }) })
      .waitFor();
  }, 60_000);

  it("passes axe on the directory grids, the areas, the sign-in page and an unknown address too", async () => {
    for (const [link, name] of [
      ["Institutions", "institutions"],
      ["Partners", "partners"],
      ["Action plans", "action-plans"],
      ["Challenge areas", "areas"],
    ] as const) {
      await nav.getByRole("link", { name: link }).click();
      await page.getByRole("heading", { level: 1, name: link }).waitFor();
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      violations.push(...(await audit(page, name)));
    }
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const visitor = await context.newPage();
    await visitor.goto(`${consoleUrl}/sign-in`);
    await visitor.getByRole("heading", { level: 1 }).waitFor();
    violations.push(...(await audit(visitor, "sign-in")));
    await visitor.goto(`${consoleUrl}/no-such-page`);
    await visitor.getByRole("heading", { level: 1 }).waitFor();
    violations.push(...(await audit(visitor, "not-found")));
  }, 90_000);

  it("fits the support unit's pages on a tablet, and the administrator's accounts page passes axe too", async () => {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 768, height: 1024 } });
    contexts.push(context);
    const tablet = await context.newPage();
    tablet.setDefaultTimeout(30_000);
    await signInPage(tablet, consoleUrl, "support", SIGN_IN_LABELS.en);
    const { commitments } = await api<{ commitments: { edges: { node: { id: string; title: string } }[] } }>(
      "support",
      "{ commitments(first: 1) { edges { node { id title } } } }",
    );
    const [reviewed] = commitments.edges.map((edge) => edge.node);
    if (!reviewed) throw new Error("no commitment to review");
    for (const [path, heading, name] of [
      ["/dashboard", "Dashboard", "tablet-dashboard"],
      ["/coordination", "Coordination queue", null],
      ["/commitments", "Commitments", "tablet-commitments"],
      [`/commitments/${reviewed.id}`, reviewed.title, "tablet-commitment-review"],
      ["/members", "Members", null],
      ["/moderation/stories", "Story moderation", null],
      ["/audit-log", "Audit log", null],
    ] as const) {
      await tablet.goto(`${consoleUrl}${path}`);
      await tablet.getByRole("heading", { level: 1, name: heading }).waitFor();
      await loaded(tablet);
      expect(await noHorizontalOverflow(tablet), path).toBe(true);
      if (name) violations.push(...(await audit(tablet, name)));
    }

    // The administrator sees more on the accounts page (every role to invite, account changes): axe checks that view.
    const adminContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    contexts.push(adminContext);
    const admin = await adminContext.newPage();
    admin.setDefaultTimeout(30_000);
    await signInPage(admin, consoleUrl, "admin", SIGN_IN_LABELS.en);
    await admin.goto(`${consoleUrl}/accounts`);
    await admin.getByRole("heading", { level: 1, name: "Accounts and invitations" }).waitFor();
    await loaded(admin);
    violations.push(...(await audit(admin, "accounts-admin")));
  }, 120_000);

  it("has no accessibility violations on any of these pages, in the light or the dark theme", () => {
    expect(violations).toEqual([]);
  });
});
