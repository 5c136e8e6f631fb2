import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { i18n } from "../app/i18n";
import { installMatchMedia, setMedia } from "./media";

installMatchMedia();

beforeEach(async () => {
  window.localStorage.clear();
  setMedia({});
  await i18n.changeLanguage("en");
});

afterEach(() => {
  cleanup();
  document.documentElement.className = "";
  document.title = "";
});
