import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.js";
import { SIGN_IN_LABELS, signInPage } from "./console-kit.js";
import { type Stack, startTestStack } from "./stack.js";

const screenshots = fileURLToPath(new URL("../screenshots/", import.meta.url));
let stack: Stack & { dispose(): Promise<void> };
let browser: Browser;
let page: Page;
let consoleUrl: string;
/** The body of every GraphQL request the page made. */
const graphqlBodies: Record<string, unknown>[] = [];
const languageChunks: string[] = [];

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [stack, browser] = await Promise.all([startTestStack(300, true), launchBrowser()]);
  if (!stack.consoleUrl) throw new Error("the stack was started without the console");
  consoleUrl = stack.consoleUrl;
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on("request", (request) => {
    // The language chunks Vite names after their file (assets/en-<hash>.js): which texts the browser fetched.
    const chunk = /\/assets\/(en|es|fr)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
    if (chunk) languageChunks.push(chunk[1] as string);
    if (new URL(request.url()).pathname === "/graphql" && request.method() === "POST") {
      graphqlBodies.push(JSON.parse(request.postData() ?? "{}") as Record<string, unknown>);
    }
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

async function chooseLanguage(current: string, next: string) {
  await page.getByRole("button", { name: current }).click();
  await page.getByRole("menuitemradio", { name: next }).click();
}

describe("the console in a real browser", () => {
  it("lists the ten challenge areas from the gateway", async () => {
    await page.goto(`${consoleUrl}/areas`);
    await expect(page.getByText("Access to Information", { exact: true }).waitFor()).resolves.toBeUndefined();
    for (const name of [
      "Anti-Corruption",
      "Civic Space",
      "Climate and Environment",
      "Digital Governance",
      "Fiscal Openness",
      "Gender and Inclusion",
      "Justice",
      "Media Freedom",
      "Public Participation",
    ]) {
      expect(await page.getByText(name, { exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    // Only the texts of the language shown travel with the first page.
    expect(languageChunks).toEqual(["en"]);
    await page.screenshot({ path: `${screenshots}areas-en.png`, fullPage: true });
  });

  it("switches to Spanish, then French, with names from the server, and remembers the choice", async () => {
    await chooseLanguage("Language: English", "Español");
    await page.getByText("Acceso a la información", { exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    await page.screenshot({ path: `${screenshots}areas-es.png`, fullPage: true });

    await chooseLanguage("Idioma: Español", "Français");
    await page.getByText("Accès à l'information", { exact: true }).waitFor();
    await page.getByText("Liberté des médias", { exact: true }).waitFor();
    // Each language's texts were fetched once, when first chosen.
    expect(languageChunks).toEqual(["en", "es", "fr"]);
    await page.screenshot({ path: `${screenshots}areas-fr.png`, fullPage: true });

    await page.reload();
    await page.getByText("Accès à l'information", { exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  });

  it("signs in as the support unit, stays signed in across a reload, and signs out", async () => {
    await page.goto(`${consoleUrl}/sign-in`);
    await page.getByLabel(/adresse e-mail/i).fill("support@ogc.example");
    await page.getByLabel(/mot de passe/i).fill("wrong-password-123");
    await page.getByRole("button", { name: "Se connecter" }).last().click();
    await page
      .getByRole("alert")
      .filter({ hasText: /incorrect/ })
      .waitFor();

    await page.getByLabel(/mot de passe/i).fill("demo-support-password");
    await page.getByRole("button", { name: "Se connecter" }).last().click();
    await page.getByRole("button", { name: /Compte : / }).waitFor();
    // Each role lands on its first section: the support unit on its dashboard.
    await page.waitForURL((url) => url.pathname === "/dashboard");
    await page.screenshot({ path: `${screenshots}signed-in-fr.png`, fullPage: true });

    // The access token lives in memory only: after a reload the session is restored from the refresh token.
    await page.reload();
    const account = page.getByRole("button", { name: /Compte : / });
    await account.waitFor();
    await account.click();
    await page.getByText("Unité de soutien", { exact: true }).waitFor();
    await page.getByRole("menuitem", { name: "Se déconnecter" }).click();
    // The header offers to sign in again (the dashboard, now closed to a visitor, offers it too).
    const signInAgain = page.getByRole("banner").getByRole("link", { name: "Se connecter" });
    await signInAgain.waitFor();
    await page.reload();
    await signInAgain.waitFor();
  });

  it("keeps one session in two tabs that refresh it at the same moment, and signs both out from one", async () => {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
    try {
      const first = await context.newPage();
      await signInPage(first, consoleUrl, "support", SIGN_IN_LABELS.en);
      const second = await context.newPage();
      await second.goto(`${consoleUrl}/dashboard`);
      const tabs = [first, second];
      const account = (tab: Page) => tab.getByRole("button", { name: /^Account: / });
      await account(second).waitFor();
      // After a reload a tab holds no access token: both trade the one stored refresh token at once, three times over.
      // Refresh tokens work once; a tab that spent a spent one would end the session for both.
      for (let round = 0; round < 3; round++) {
        await Promise.all(tabs.map((tab) => tab.reload()));
        await Promise.all(tabs.map((tab) => account(tab).waitFor()));
      }
      await account(first).click();
      await first.getByRole("menuitem", { name: "Sign out" }).click();
      await second.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();
      expect(await account(second).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("switches to the dark theme", async () => {
    await page.getByRole("button", { name: /thème sombre|dark theme/i }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    await page.screenshot({ path: `${screenshots}areas-fr-dark.png`, fullPage: true });
  });

  it("sent every operation as its persisted document's hash, never its text (the gateway serves the console's manifest)", () => {
    expect(graphqlBodies.length).toBeGreaterThan(5);
    for (const body of graphqlBodies) {
      expect(body, String(body.operationName)).not.toHaveProperty("query");
      expect(body.extensions, String(body.operationName)).toMatchObject({
        persistedQuery: { sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
    }
    expect(new Set(graphqlBodies.map((body) => body.operationName))).toContain("SignIn");
  });
});
