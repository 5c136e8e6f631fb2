import { ApolloLink } from "@apollo/client";
import { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { Observable } from "rxjs";
import { describe, expect, it } from "vitest";
import { acceptLanguageLink } from "../app/accept-language-link";
import { i18n } from "../app/i18n";
import { LANGUAGE_STORAGE_KEY } from "../app/storage";
import type { Locale } from "../gql/graphql";
import { areaNamesIn, areasIn } from "../test/areas.fixture";
import { renderApp } from "../test/renderApp";
import { challengeAreasQuery } from "./areas";

function areasMock(locale: Locale) {
  return { request: { query: challengeAreasQuery, variables: { locale } }, result: { data: areasIn(locale) } };
}

/** The area names as a screen reader lists them, in the list labelled `listName` (which is translated too). */
async function areaHeadings(listName = "Challenge areas"): Promise<string[]> {
  const list = await screen.findByRole("list", { name: listName });
  return within(list)
    .getAllByRole("heading", { level: 2 })
    .map((heading) => heading.textContent ?? "");
}

describe("Challenge areas page", () => {
  it("lists the ten areas in the official order, with their descriptions", async () => {
    renderApp({ mocks: [areasMock("EN")] });

    expect(await areaHeadings()).toEqual(areaNamesIn("EN"));
    const list = screen.getByRole("list", { name: "Challenge areas" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(10);
    expect(within(list).getByText("Commit to an ambitious reform in Justice.")).toBeTruthy();
    expect(within(list).getByText("Area 10")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Challenge areas" })).toBeTruthy();
    expect(document.title).toBe("Challenge areas · Open Gov Challenge hub");
  });

  it("shows the areas in the remembered language from the first request", async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "fr");
    await i18n.changeLanguage("fr");
    renderApp({ mocks: [areasMock("FR")] });

    expect(await areaHeadings("Domaines du défi")).toEqual(areaNamesIn("FR"));
    expect(screen.getByRole("heading", { level: 1, name: "Domaines du défi" })).toBeTruthy();
  });

  it("redirects / to the areas page", async () => {
    const { router } = renderApp({ path: "/", mocks: [areasMock("EN")] });

    expect(await areaHeadings()).toHaveLength(10);
    expect(router.state.location.pathname).toBe("/areas");
  });

  it("asks the server again in the new language when the language is switched", async () => {
    const sent: { variables: unknown; acceptLanguage: string | undefined }[] = [];
    const recorder = new ApolloLink((operation, forward) => {
      const { headers } = operation.getContext() as { headers?: Record<string, string> };
      sent.push({ variables: operation.variables, acceptLanguage: headers?.["Accept-Language"] });
      return forward(operation);
    });
    const link = ApolloLink.from([acceptLanguageLink(() => i18n.language), recorder, new MockLink([areasMock("EN"), areasMock("ES")])]);
    const { user } = renderApp({ link });
    expect(await areaHeadings()).toEqual(areaNamesIn("EN"));

    await user.click(screen.getByRole("button", { name: "Language: English" }));
    await user.click(screen.getByRole("menuitemradio", { name: "Español" }));

    expect(await areaHeadings("Áreas del desafío")).toEqual(areaNamesIn("ES"));
    expect(screen.getByRole("heading", { level: 1, name: "Áreas del desafío" })).toBeTruthy();
    expect(screen.getByText("Comprométase con una reforma ambiciosa en Justicia.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Idioma: Español" })).toBeTruthy();
    expect(document.title).toBe("Áreas del desafío · Open Gov Challenge hub");
    expect(sent).toEqual([
      { variables: { locale: "EN" }, acceptLanguage: "en" },
      { variables: { locale: "ES" }, acceptLanguage: "es" },
    ]);
  });

  it("announces that the areas are loading", async () => {
    const pending = new ApolloLink(() => new Observable(() => undefined));
    renderApp({ link: pending });

    expect((await screen.findByRole("status")).textContent).toBe("Loading challenge areas…");
    expect(screen.queryByRole("list", { name: "Challenge areas" })).toBeNull();
  });

  it("says the API could not be reached, and loads the areas when the person retries", async () => {
    const unreachable = {
      request: { query: challengeAreasQuery, variables: { locale: "EN" } },
      error: new TypeError("Failed to fetch"),
    };
    const { user } = renderApp({ mocks: [unreachable, areasMock("EN")] });

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("The challenge areas could not be loaded")).toBeTruthy();
    expect(alert.textContent).toContain("The API could not be reached. Check your connection and try again");
    expect(alert.textContent).not.toContain("Failed to fetch");

    await user.click(within(alert).getByRole("button", { name: "Try again" }));

    expect(await areaHeadings()).toEqual(areaNamesIn("EN"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the API answered with an error without showing its internals", async () => {
    const refused = {
      request: { query: challengeAreasQuery, variables: { locale: "EN" } },
      result: { errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] },
    };
    renderApp({ mocks: [refused] });

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The API answered with an error. Try again");
    expect(alert.textContent).not.toContain("Unexpected error.");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
