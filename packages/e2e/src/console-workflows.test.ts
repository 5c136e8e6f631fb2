import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.js";
import { apiCaller, auditPage, commitmentAt, isoDay, SIGN_IN_LABELS, shows, signInPage, type Who } from "./console-kit.js";
import { type Stack, startTestStack } from "./stack.js";

// Each role's main path through the console, against the real stack, with axe on every page in both themes.
const screenshots = fileURLToPath(new URL("../screenshots/workflows/", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../../data/ogp-commitments/sample-18.csv", import.meta.url));
const AREA = "CIVIC_SPACE";
let stack: Stack & { dispose(): Promise<void> };
let browser: Browser;
let consoleUrl: string;
const contexts: BrowserContext[] = [];
const api = apiCaller(() => stack);
const audit = (page: Page, name: string) => auditPage(page, name, screenshots);
const signIn = (page: Page, who: Who, labels: (typeof SIGN_IN_LABELS)["en" | "fr"]) => signInPage(page, consoleUrl, who, labels);
const EN = SIGN_IN_LABELS.en;
const FR = SIGN_IN_LABELS.fr;
/** A submitted standalone commitment of an institution of the demo officer (the UI path is tested below). */
const submittedCommitment = (institutionId: string, title: string) =>
  commitmentAt(api, stack, { title, area: AREA, status: "SUBMITTED", institutionId });

/** A fresh browser profile (own storage, own session) in a language. */
async function newPage(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  // The machine is shared and slow at times: give each step a minute.
  page.setDefaultTimeout(60_000);
  return page;
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [stack, browser] = await Promise.all([startTestStack(1010, true), launchBrowser()]);
  if (!stack.consoleUrl) throw new Error("the stack was started without the console");
  consoleUrl = stack.consoleUrl;
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.dispose();
});

describe("each role's main path in the console", () => {
  const violations: string[] = [];
  let reviewed = "";
  const frenchTitle = `Budget participatif des tribunaux ${Date.now()}`;
  let answerUrl = "";

  it("the support unit resolves a coordination case and decides eligibility", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("no demo data");
    const [ministry, commissioner] = demo.institutionIds as [string, string];
    // Two institutions of one member in one area: the API opens a coordination case.
    reviewed = await submittedCommitment(ministry, "Civic space register, Ministry of Justice");
    await submittedCommitment(commissioner, "Civic space register, RTI Commissioner");

    const page = await newPage("en-GB");
    await signIn(page, "support", EN);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const section of ["Dashboard", "Coordination queue", "Commitments", "Challenge areas"]) {
      await nav.getByRole("link", { name: section }).waitFor();
    }
    expect(await nav.getByRole("link", { name: "New commitment" }).count()).toBe(0);
    await page.getByText("Coordination cases waiting").waitFor();
    await page.getByRole("table", { name: "Commitments by area and status" }).waitFor();
    violations.push(...(await audit(page, "support-dashboard")));

    await nav.getByRole("link", { name: "Coordination queue" }).click();
    await page.getByRole("heading", { level: 1, name: "Coordination queue" }).waitFor();
    const caseLink = page.getByRole("link", { name: /Albania · Civic Space/ });
    await caseLink.waitFor();
    violations.push(...(await audit(page, "support-coordination-queue")));
    await caseLink.click();

    await page.getByRole("heading", { level: 1, name: /Albania · Civic Space/ }).waitFor();
    await page.getByRole("button", { name: "Facilitate this case" }).click();
    await shows(page, page.getByText("You facilitate this case."));
    await page.getByLabel("New note").fill("Both institutions agree the Ministry leads.");
    await page.getByRole("button", { name: "Add the note" }).click();
    // In the list of notes, not the form: a controlled textarea holds its value as text too.
    await shows(page, page.getByRole("list", { name: "Notes" }).getByText("Both institutions agree the Ministry leads."));
    await page.getByRole("textbox", { name: "Next step" }).fill("Share the division of work");
    await page.getByLabel("Due on").fill(isoDay(14));
    await page.getByRole("button", { name: "Add the step" }).click();
    await shows(page, page.getByText(/Share the division of work \(due/));
    violations.push(...(await audit(page, "support-coordination-case")));

    await page.getByRole("combobox", { name: "Institution that leads" }).click();
    await page.getByRole("option", { name: /Ministry of Justice/ }).click();
    await page.getByLabel("Division of work (optional)").fill("The Commissioner runs the register's audits.");
    await page.getByRole("button", { name: "Resolve the case" }).click();
    await shows(page, page.getByText("A lead institution was designated"));
    await page.getByText(/Resolved · open for/).waitFor();

    // Eligibility: start the review, decide the four criteria, assign the area, declare eligible.
    await page.goto(`${consoleUrl}/commitments/${reviewed}`);
    await page.getByRole("heading", { level: 1, name: "Civic space register, Ministry of Justice" }).waitFor();
    await page.getByRole("button", { name: "Start the review" }).click();
    await shows(page, page.getByRole("button", { name: "Declare eligible" }));
    const criteria = page.locator("section[aria-labelledby^='criterion-']");
    const count = await criteria.count();
    expect(count).toBe(4);
    for (let index = 0; index < count; index++) {
      const criterion = criteria.nth(index);
      await criterion.getByRole("radio", { name: "Met", exact: true }).check();
      await criterion.getByRole("textbox").fill("Checked against the commitment text.");
      await criterion.getByRole("button", { name: /Save the decision/ }).click();
      await shows(page, criterion.getByText("Decision: Met."));
    }
    await page.getByRole("button", { name: "Assign the area" }).click();
    await shows(page, page.getByText("Assigned to Civic Space."));
    violations.push(...(await audit(page, "support-commitment-review")));
    await page.getByRole("button", { name: "Declare eligible" }).click();
    await page.getByRole("heading", { level: 1, name: "Civic space register, Ministry of Justice" }).waitFor();
    await page.locator(".MuiChip-root", { hasText: "Eligible" }).first().waitFor();
    await page.getByRole("list", { name: "History" }).getByText("Eligibility criterion decided").first().waitFor();
    // Who changed what: the support unit's name from the identity service, and the status from and to.
    await page
      .getByRole("list", { name: "History" })
      .getByRole("listitem")
      .filter({ hasText: "Status: Under review → Eligible" })
      .filter({ hasText: "Sam Support (demo), Support unit" })
      .waitFor();

    const { commitment } = await api<{ commitment: { status: string; assignedAreaCode: string } }>(
      "support",
      "query ($id: ID!) { commitment(id: $id) { status assignedAreaCode } }",
      { id: reviewed },
    );
    expect(commitment).toEqual({ status: "ELIGIBLE", assignedAreaCode: AREA });

    await page.goto(`${consoleUrl}/commitments?status=ELIGIBLE`);
    await page.getByRole("link", { name: "Civic space register, Ministry of Justice" }).waitFor();
    violations.push(...(await audit(page, "support-commitments")));
  }, 240_000);

  it("the support unit browses the directory grids, filtered in the URL, and exports the filtered rows", async () => {
    const page = await newPage("en-GB");
    await signIn(page, "support", EN);
    await page.goto(`${consoleUrl}/members?region=EUROPE`);
    const grid = page.getByRole("grid", { name: "Members" });
    await grid.getByRole("row").nth(1).waitFor();
    const regions = await grid.locator("[role='gridcell'][data-field='region']").allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(["Europe"]));
    violations.push(...(await audit(page, "support-members")));

    const exportButton = page.getByRole("button", { name: /Export \d+ rows? as CSV/ });
    const total = Number((await exportButton.textContent())?.match(/\d+/)?.[0]);
    const [download] = await Promise.all([page.waitForEvent("download"), exportButton.click()]);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile(path, "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("ogpCode,name,type,region,country,status,yearJoined");
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((line) => line.includes(",EUROPE,"))).toBe(true);

    // Sorting goes to the server and into the URL.
    await grid.getByRole("columnheader", { name: "Name" }).click();
    await page.waitForURL(/sort=name%3Aasc|sort=name:asc/);

    for (const [path, name] of [
      ["/institutions", "Institutions"],
      ["/partners", "Partners"],
      ["/action-plans", "Action plans"],
    ] as const) {
      await page.goto(`${consoleUrl}${path}`);
      await page.getByRole("grid", { name }).getByRole("row").nth(1).waitFor();
      violations.push(...(await audit(page, `support${path.replace("/", "-")}`)));
    }
  }, 180_000);

  it("the support unit imports OGP's IRM data in the console, with progress and the import report", async () => {
    const page = await newPage("en-GB");
    await signIn(page, "support", EN);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "IRM import" }).click();
    await page.getByRole("heading", { level: 1, name: "Import IRM data" }).waitFor();
    await page.getByLabel("Choose a CSV file").setInputFiles(SAMPLE);
    await page.getByText("sample-18.csv").waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const report = page.getByTestId("irm-import-report");
    await shows(page, report.getByText("18 rows read, 18 imported, 0 refused"));
    const changes = page.getByRole("table", { name: "Records created, updated and unchanged, by kind" });
    await expect(changes.getByRole("row", { name: /^Commitments 18 0 0$/ }).count()).resolves.toBe(1);
    await expect(changes.getByRole("row", { name: /^IRM ratings 18 0 0$/ }).count()).resolves.toBe(1);
    expect(await page.getByRole("progressbar", { name: "Import progress" }).getAttribute("aria-valuenow")).toBe("100");
    violations.push(...(await audit(page, "support-irm-import")));
    const { commitmentByOgpId } = await api<{ commitmentByOgpId: { title: string } | null }>(
      "support",
      '{ commitmentByOgpId(ogpId: "FI0032") { title } }',
    );
    expect(commitmentByOgpId?.title).toBe("Register of Government Decision-Making");

    // The same file again, strictly: checked, then nothing to change.
    await page.getByLabel(/Refuse the whole file/).check();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await shows(page, report.getByText("18 rows read, 18 imported, 0 refused; 0 records created or updated."));

    // The support unit corrects one assessment of an imported rating on the review page; the history says who and what.
    const imported = await api<{ commitmentByOgpId: { id: string; irmRating: { carriedForward: string } } }>(
      "support",
      '{ commitmentByOgpId(ogpId: "FI0032") { id irmRating { carriedForward } } }',
    );
    const corrected = imported.commitmentByOgpId.irmRating.carriedForward === "YES" ? "No" : "Yes";
    await page.goto(`${consoleUrl}/commitments/${imported.commitmentByOgpId.id}`);
    const irm = page.getByRole("region", { name: "IRM ratings" });
    await irm.getByRole("button", { name: "Correct the IRM rating" }).click();
    await irm.getByRole("combobox", { name: "Carried forward into the next action plan" }).click();
    await page.getByRole("option", { name: corrected, exact: true }).click();
    violations.push(...(await audit(page, "support-irm-rating")));
    await irm.getByRole("button", { name: "Save the rating" }).click();
    await shows(page, irm.getByRole("row", { name: `Carried forward into the next action plan ${corrected}` }));
    const history = page.getByRole("list", { name: "History" });
    await history
      .getByRole("listitem")
      .filter({ hasText: "IRM rating recorded" })
      .filter({ hasText: "Sam Support (demo), Support unit" })
      .first()
      .waitFor();
    const after = await api<{ commitmentByOgpId: { irmRating: { carriedForward: string } } }>(
      "support",
      '{ commitmentByOgpId(ogpId: "FI0032") { irmRating { carriedForward } } }',
    );
    expect(after.commitmentByOgpId.irmRating.carriedForward).toBe(corrected.toUpperCase());
  });

  it("an officer submits a standalone commitment in French, with inline validation and a saved draft", async () => {
    const page = await newPage("fr-FR");
    await signIn(page, "officer", FR);
    expect(new URL(page.url()).pathname).toBe("/my-commitments");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Nouvel engagement" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvel engagement autonome" }).waitFor();

    // Submitting an empty form says, next to each field, what is missing.
    await page.getByRole("button", { name: "Soumettre l'engagement" }).click();
    expect(await page.getByText("Obligatoire.").count()).toBeGreaterThanOrEqual(5);

    await page.getByRole("combobox", { name: /Institution cheffe de file/ }).click();
    await page.getByRole("option").first().click();
    await page.getByLabel(/^Titre/).fill(frenchTitle);
    await page.getByLabel(/^Résumé/).fill("Des assemblées citoyennes décident d'une part du budget des tribunaux.");
    // The draft survives a reload.
    await page.reload();
    await page.getByText("Votre brouillon non envoyé a été restauré.").waitFor();
    expect(await page.getByLabel(/^Titre/).inputValue()).toBe(frenchTitle);

    await page.getByRole("combobox", { name: /Domaine du défi proposé/ }).click();
    await page.getByRole("option", { name: "Justice" }).click();
    await page.getByRole("checkbox", { name: /participation civique/i }).check();
    await page.getByRole("combobox", { name: "Langue du texte" }).click();
    await page.getByRole("option", { name: "Français" }).click();
    await page.getByLabel(/^Début prévu/).fill(isoDay(1));
    await page.getByLabel(/^Fin prévue/).fill(isoDay(-30));
    await page.getByLabel(/^Fin prévue/).blur();
    await page.getByText("La date de fin ne peut pas précéder la date de début.").waitFor();
    await page.getByLabel(/^Fin prévue/).fill("2027-06-30");
    const milestone = page.getByRole("group", { name: "Jalon 1" });
    await milestone.getByRole("textbox", { name: /^Jalon/ }).fill("Premières assemblées citoyennes");
    await milestone.getByLabel(/^Échéance/).fill("2027-03-31");
    violations.push(...(await audit(page, "officer-new-commitment")));

    await page.getByRole("button", { name: "Soumettre l'engagement" }).click();
    await page.getByRole("heading", { level: 1, name: "Mes engagements" }).waitFor();
    await page.getByText(`« ${frenchTitle} » a été soumis à l'unité de soutien.`).waitFor();
    await page.getByRole("cell", { name: frenchTitle }).waitFor();
    violations.push(...(await audit(page, "officer-my-commitments")));

    const found = await api<{
      commitments: {
        edges: {
          node: {
            status: string;
            language: string;
            pathway: string;
            milestones: { title: string; dueDate: string }[];
            eligibility: { precheck: { criterion: string; outcome: string }[] };
          };
        }[];
      };
    }>(
      "support",
      `query ($t: String) { commitments(first: 5, filter: { text: $t }) { edges { node {
        status language pathway milestones { title dueDate } eligibility { precheck { criterion outcome } } } } } }`,
      { t: frenchTitle },
    );
    const [sent] = found.commitments.edges.map((e) => e.node);
    expect(sent).toMatchObject({ status: "SUBMITTED", language: "FR", pathway: "STANDALONE" });
    expect(sent?.milestones).toEqual([{ title: "Premières assemblées citoyennes", dueDate: "2027-03-31" }]);
    // The milestone due after submission makes the commitment forward-looking (DOMAIN rule 3).
    expect(sent?.eligibility.precheck.find((check) => check.criterion === "FORWARD_LOOKING")?.outcome).toBe("MET");
  }, 180_000);

  it("a partner asks to co-create the officer's commitment, and the officer accepts", async () => {
    const partner = await newPage("en-GB");
    await signIn(partner, "partner", EN);
    expect(new URL(partner.url()).pathname).toBe("/find-commitments");
    await partner.getByLabel("Search in titles and summaries").fill(frenchTitle);
    await partner.getByRole("button", { name: "Search", exact: true }).click();
    await partner.getByRole("heading", { level: 2, name: frenchTitle }).waitFor();
    violations.push(...(await audit(partner, "partner-find-commitments")));
    await partner.getByRole("button", { name: `Ask to co-create “${frenchTitle}”` }).click();
    const dialog = partner.getByRole("dialog");
    await dialog.getByLabel("Note to the institution (optional)").fill("We ran citizens' assemblies in three courts.");
    await dialog.getByRole("button", { name: "Send the request" }).click();
    await partner.getByText(`Your request to co-create “${frenchTitle}” was sent.`).waitFor();

    await partner.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My co-creation links" }).click();
    const row = partner.getByRole("row").filter({ hasText: frenchTitle });
    await row.getByText("Requested").waitFor();
    answerUrl = await row.getByRole("textbox").inputValue();
    expect(answerUrl).toContain("/co-creation/answer?");
    violations.push(...(await audit(partner, "partner-links")));

    const officer = await newPage("fr-FR");
    await signIn(officer, "officer", FR);
    await officer.goto(answerUrl);
    await officer.getByRole("heading", { level: 2, name: frenchTitle }).waitFor();
    await officer.getByText(/demande à co-créer cet engagement \(Conception\)/).waitFor();
    violations.push(...(await audit(officer, "officer-co-creation-answer")));
    await officer.getByRole("button", { name: "Accepter" }).click();
    await officer.getByText("Acceptée : le partenaire apparaît désormais comme co-créateur.").waitFor();

    await partner.reload();
    await partner.getByRole("row").filter({ hasText: frenchTitle }).getByText("Active").waitFor();
    await officer.goto(`${consoleUrl}/my-commitments`);
    await officer
      .getByRole("row")
      .filter({ hasText: frenchTitle })
      .getByText(/Conception/)
      .waitFor();
  }, 180_000);

  it("shows the request as already accepted when its address is opened again, and the partner ends the link", async () => {
    const officer = await newPage("fr-FR");
    await signIn(officer, "officer", FR);
    await officer.goto(answerUrl);
    await officer.getByText(/Cette demande a déjà été acceptée : .* co-crée cet engagement\./).waitFor();
    expect(await officer.getByRole("button", { name: /^(Accepter|Refuser) / }).count()).toBe(0);

    const partner = await newPage("en-GB");
    await signIn(partner, "partner", EN);
    await partner.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My co-creation links" }).click();
    const row = partner.getByRole("row").filter({ hasText: frenchTitle });
    await row.getByRole("button", { name: `End the link on “${frenchTitle}”` }).click();
    const dialog = partner.getByRole("dialog", { name: "End this co-creation link?" });
    await dialog.getByLabel("Reason (optional)").fill("Our project has ended.");
    await dialog.getByRole("button", { name: "End the link" }).click();
    await shows(partner, partner.getByText(`Your link on “${frenchTitle}” has ended.`));
    await row.getByText("Ended", { exact: true }).waitFor();
    violations.push(...(await audit(partner, "partner-links-ended")));
  }, 180_000);

  it("finds no WCAG 2.2 AA violation on any page, in the light or the dark theme", () => {
    expect(violations).toEqual([]);
  });
});
