// What the end-to-end tests of the console share: the demo accounts, a signed-in API caller, commitments walked to a
// status through the API, waiting for a page to show something, and axe with screenshots in both themes.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { graphql, type Stack } from "./stack.js";

/** The WCAG 2.2 AA rules the issue names, as axe tags. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The demo accounts the test stack seeds (SEED_DEMO_DATA). */
export const DEMO_PASSWORDS = {
  support: ["support@ogc.example", "demo-support-password"],
  officer: ["officer@ogc.example", "demo-officer-password"],
  partner: ["partner@ogc.example", "demo-partner-password"],
  admin: ["admin@ogc.example", "demo-admin-password"],
} as const;
export type Who = keyof typeof DEMO_PASSWORDS;

/** True when the page itself does not scroll sideways (WCAG 1.4.10). */
export const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Waits until every part of the page has loaded: no progress indicator left (a page may load two lists at once). */
export const loaded = (page: Page) => page.waitForFunction(() => document.querySelector("[role='progressbar']") === null);

/** A day `offsetDays` from today, YYYY-MM-DD. */
export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export type Api = <T>(who: Who | null, query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * Calls the gateway as a demo account (signed in once, the token kept) or anonymously (`null`), and fails the test
 * with the query's start when the answer has errors.
 */
export function apiCaller(stack: () => Stack): Api {
  const tokens = new Map<Who, string>();
  return async <T>(who: Who | null, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let token = who ? tokens.get(who) : undefined;
    if (who && !token) {
      const [e, p] = DEMO_PASSWORDS[who];
      const signIn = await graphql<{ signIn: { accessToken: string } }>(
        stack().gatewayUrl,
        "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }",
        { e, p },
      );
      token = signIn.data?.signIn.accessToken ?? "";
      tokens.set(who, token);
    }
    const result = await graphql<T>(stack().gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});
    expect(result.errors, `${who ?? "anonymous"}: ${query.slice(0, 80)}`).toBeUndefined();
    return result.data as T;
  };
}

/** The statuses `commitmentAt` can walk a new commitment to, in the order the lifecycle takes them. */
const WALK = ["DRAFT", "SUBMITTED", "ELIGIBLE", "IN_PROGRESS"] as const;

/**
 * A standalone commitment of the demo officer's institution (the first, unless `institutionId` names another) in `area`, with one milestone, made through the API
 * and walked to `status`: the officer submits it, the support unit reviews it, assigns the area and meets every
 * criterion, declares it eligible, and the officer starts it.
 */
export async function commitmentAt(
  api: Api,
  stack: Stack,
  options: {
    title: string;
    area: string;
    status: (typeof WALK)[number];
    institutionId?: string;
    summary?: string;
    value?: string;
    startDate?: string;
  },
): Promise<string> {
  const demo = stack.demo;
  if (!demo) throw new Error("the stack has no demo data");
  const { createCommitment } = await api<{ createCommitment: { id: string } }>(
    "officer",
    "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }",
    {
      input: {
        pathway: "STANDALONE",
        memberId: demo.memberId,
        leadInstitutionId: options.institutionId ?? demo.institutionIds[0],
        title: options.title,
        summary: options.summary ?? "Protecting civic space through a public register of restrictions.",
        proposedArea: options.area,
        values: [options.value ?? "CIVIC_PARTICIPATION"],
        language: "EN",
        startDate: options.startDate ?? isoDay(-5),
        endDate: "2027-12-31",
        milestones: [{ title: "Register online", dueDate: isoDay(120) }],
      },
    },
  );
  const id = createCommitment.id;
  const reach = WALK.indexOf(options.status);
  const version = async () =>
    (await api<{ commitment: { version: number } }>("support", "query ($id: ID!) { commitment(id: $id) { version } }", { id })).commitment
      .version;
  const move = async (who: Who, to: string) =>
    api(who, "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }", {
      i: { id, version: await version(), to },
    });
  if (reach >= 1) await move("officer", "SUBMITTED");
  if (reach >= 2) {
    await move("support", "UNDER_REVIEW");
    await api("support", "mutation ($i: AssignChallengeAreaInput!) { assignChallengeArea(input: $i) { id } }", {
      i: { id, version: await version(), area: options.area },
    });
    for (const criterion of ["THEMATIC_RELEVANCE", "FORWARD_LOOKING", "OPEN_GOVERNMENT_RELEVANCE", "GOVERNMENT_LED"]) {
      await api("support", "mutation ($i: DecideEligibilityInput!) { decideEligibility(input: $i) { id } }", {
        i: { commitmentId: id, version: await version(), criterion, outcome: "MET", reason: "Checked against the submission." },
      });
    }
    await move("support", "ELIGIBLE");
  }
  if (reach >= 3) await move("officer", "IN_PROGRESS");
  return id;
}

/** Waits for `target`; fails at once with the console's words if it shows an error instead. */
export async function shows(page: Page, target: Locator): Promise<void> {
  const alert = page.locator(".MuiAlert-standardError, .MuiAlert-colorError").first();
  const outcome = await Promise.race([
    target.waitFor().then(
      () => "shown",
      () => "timeout",
    ),
    alert.waitFor().then(
      () => "alert",
      () => "timeout",
    ),
  ]);
  if (outcome === "alert") {
    // The target may still have appeared alongside an unrelated alert.
    if (await target.isVisible()) return;
    throw new Error(`the console said: ${await alert.textContent()}`);
  }
  if (outcome === "timeout") throw new Error(`not shown: ${target}`);
}

/**
 * Puts the page at rest before it is judged: the pointer off every control (no hover colours) and every finite CSS
 * transition or animation finished (MUI fades a button's colours for 250 ms when the theme changes; axe would measure
 * the contrast halfway). Endless ones (progress indicators) are left running.
 */
async function atRest(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/**
 * Screenshots the page into `screenshots` and runs axe on it, in the light and then the dark theme; returns the
 * violations found, each naming the page, the theme, the rule and the elements.
 */
export async function auditPage(page: Page, name: string, screenshots: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((dark) => document.documentElement.classList.contains("dark") === dark, scheme === "dark");
    await atRest(page);
    await page.screenshot({ path: `${screenshots}${name}-${scheme}.png`, fullPage: true });
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const violation of result.violations) {
      found.push(`${name} (${scheme}): ${violation.id} – ${violation.help} – ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  return found;
}

/** The sign-in form's labels in a language. */
export const SIGN_IN_LABELS = {
  en: { email: /e-mail/i, password: /password/i, button: "Sign in" },
  fr: { email: /adresse e-mail/i, password: /mot de passe/i, button: "Se connecter" },
} as const;

/** Signs a demo account in through the console's form and waits to leave the sign-in page. */
export async function signInPage(page: Page, consoleUrl: string, who: Who, labels: (typeof SIGN_IN_LABELS)[keyof typeof SIGN_IN_LABELS]) {
  const [email, password] = DEMO_PASSWORDS[who];
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole("button", { name: labels.button }).last().click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
}
