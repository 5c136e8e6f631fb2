import { BarChart } from "@mui/x-charts/BarChart";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { i18n } from "../../../app/i18n";
import { ChartsInLanguage } from "./ChartsInLanguage";

const emptyChart = (
  <ChartsInLanguage>
    <BarChart width={400} height={200} xAxis={[{ scaleType: "band", data: [] }]} series={[]} />
  </ChartsInLanguage>
);

describe("charts in the UI language", () => {
  it("use MUI's French texts", async () => {
    await i18n.changeLanguage("fr");
    render(emptyChart);
    expect(await screen.findByText("Pas de données")).toBeTruthy();
  });

  it("use the console's Spanish texts, which MUI does not ship", async () => {
    await i18n.changeLanguage("es");
    render(emptyChart);
    expect(await screen.findByText("No hay datos que mostrar")).toBeTruthy();
  });
});
