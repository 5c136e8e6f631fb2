import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { kitMessages } from "./kit-messages.js";
import { Locale } from "./locale.js";
import { englishOf, msg, translateMessage } from "./messages.js";
import { checkMessageCatalog } from "./testing/messages.js";

describe("messages", () => {
  it("keeps a tagged message's template and values, and says it in English with the values in place", () => {
    const message = msg`Row ${3} has the same key (${"ALB"}): each record may appear once per batch.`;
    expect(message.template).toBe("Row {0} has the same key ({1}): each record may appear once per batch.");
    expect(englishOf(message)).toBe("Row 3 has the same key (ALB): each record may appear once per batch.");
    expect(englishOf("Plain text.")).toBe("Plain text.");
  });

  it("translates from the catalog, putting the values where the translation wants them, and falls back to English", () => {
    const catalog = { "{0} of {1} rows": { es: "{0} de {1} filas", fr: "{1} lignes, dont {0}" } };
    const message = msg`${2} of ${9} rows`;
    expect(translateMessage(message, Locale.FR, catalog)).toBe("9 lignes, dont 2");
    expect(translateMessage(message, Locale.ES, catalog)).toBe("2 de 9 filas");
    expect(translateMessage(message, Locale.EN, catalog)).toBe("2 of 9 rows");
    expect(translateMessage(msg`Not in the catalog: ${1}`, Locale.FR, catalog)).toBe("Not in the catalog: 1");
  });

  it("has kit's every message in Spanish and French, with the same values, and no entry no code says", () => {
    const report = checkMessageCatalog(fileURLToPath(new URL(".", import.meta.url)), kitMessages);
    expect(report.templates.length).toBeGreaterThan(15);
    expect(report.problems).toEqual([]);
  });

  it("reports what a catalog lacks, holds in vain, or translates with the wrong values", () => {
    const report = checkMessageCatalog(fileURLToPath(new URL(".", import.meta.url)), {
      ...kitMessages,
      "`first` must be between 0 and {0}.": { es: "`first` debe estar entre 0 y 100.", fr: "`first` doit être compris entre 0 et {0}." },
      "No code says this.": { es: "Nadie.", fr: "Personne." },
      "Sign in to do this.": { es: "", fr: "Connectez-vous." },
    });
    expect(report.placeholderMismatches).toEqual(["`first` must be between 0 and {0}."]);
    expect(report.stale).toEqual(["No code says this."]);
    expect(report.missing).toEqual(["Sign in to do this."]);
    expect(report.problems).toEqual([
      "no Spanish and French: Sign in to do this.",
      "no code says: No code says this.",
      "already in kit's catalog: Sign in to do this.",
      "already in kit's catalog: `first` must be between 0 and {0}.",
      "other values in a translation: `first` must be between 0 and {0}.",
    ]);
  });
});
