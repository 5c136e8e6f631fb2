import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { i18n } from "../app/i18n";
import { sessionStore } from "../features/session/session-store";
import { installMatchMedia, setMedia } from "./media";

installMatchMedia();
// Lazy pages, MUI and a shared two-core machine: a second is not always enough for a page to appear.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  window.localStorage.clear();
  setMedia({});
  await i18n.changeLanguage("en");
});

afterEach(() => {
  cleanup();
  // A test that signed in (the session's tokens are also held in memory) leaves the next one signed out.
  sessionStore.set(null);
  document.documentElement.className = "";
  document.title = "";
});
