import { describe, expect, it } from "vitest";
import { classify, splitNames } from "./organisations.js";

describe("the bodies a cell names", () => {
  it("splits on commas, semicolons, spaced dashes and bullets, but not inside brackets", () => {
    expect(splitNames("Cámara de Diputados de la Nación - Senado de la Nación")).toEqual([
      "Cámara de Diputados de la Nación",
      "Senado de la Nación",
    ]);
    expect(splitNames("Fundación Directorio Legislativo, ACIJ, CIPPEC (Centro de Implementación, Políticas Públicas).")).toEqual([
      "Fundación Directorio Legislativo",
      "ACIJ",
      "CIPPEC (Centro de Implementación, Políticas Públicas)",
    ]);
    expect(splitNames("●        Parliamentary Modernization Program\n●   Office of Transparency")).toEqual([
      "Parliamentary Modernization Program",
      "Office of Transparency",
    ]);
  });

  it("joins a name wrapped over two lines and a word hyphenated at a line end", () => {
    expect(
      splitNames(
        "Ministry of Finance and Economy, The National Agency of Information and Technology for the whole\nRepublic, Office for Mi-\nnors",
      ),
    ).toEqual([
      "Ministry of Finance and Economy",
      "National Agency of Information and Technology for the whole Republic",
      "Office for Minors",
    ]);
  });

  it("drops what is not a body: descriptions of groups, contact details, empty pieces", () => {
    expect(splitNames("Line Ministries, civil society, NA, Vice Governor +639209622158, and, Transparency International")).toEqual([
      "Transparency International",
    ]);
  });

  it("keeps a lead body public, and tells partners from public institutions among supporting ones", () => {
    expect(classify("Fundación Conocimiento Abierto", "lead")).toMatchObject({ type: "institution" });
    expect(classify("Fundación Conocimiento Abierto", "supporting")).toMatchObject({
      type: "partner",
      kind: "CIVIL_SOCIETY",
      language: "es",
    });
    expect(classify("Ministry of Justice", "supporting")).toMatchObject({ type: "institution", branch: "EXECUTIVE", language: "en" });
    expect(classify("National Agency for Information Society", "supporting")).toMatchObject({ type: "institution" });
    expect(classify("Assembly of Albania", "supporting")).toMatchObject({ type: "institution", branch: "LEGISLATIVE" });
    expect(classify("Supreme Court", "lead")).toMatchObject({ branch: "JUDICIAL" });
    expect(classify("Office of the Ombudsman", "lead")).toMatchObject({ branch: "INDEPENDENT" });
    expect(classify("University of Nairobi", "supporting")).toMatchObject({ type: "partner", kind: "ACADEMIA" });
    expect(classify("World Bank", "supporting")).toMatchObject({ type: "partner", kind: "MULTILATERAL" });
    expect(classify("Croatian Association of Journalists", "supporting")).toMatchObject({ type: "partner", kind: "MEDIA" });
    expect(classify("INFOCIP", "supporting")).toMatchObject({ type: "partner", kind: "OTHER" });
    expect(classify("Ministère de la Justice", "lead")).toMatchObject({ language: "fr" });
  });
});
