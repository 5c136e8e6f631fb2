import { describe, expect, it } from "vitest";
import { readDate } from "./dates.js";

describe("reading OGP's dates", () => {
  it.each([
    ["9/1/2019", "start", "2019-09-01"],
    ["31/12/2014", "start", "2014-12-31"],
    ["1/12/2014", "start", "2014-01-12"],
    ["10/1/18", "end", "2018-10-01"],
    ["08/01/2022", "start", "2022-08-01"],
    ["2021-03-15", "start", "2021-03-15"],
    ["July 2014", "start", "2014-07-01"],
    ["July 2014", "end", "2014-07-31"],
    ["February 2016", "end", "2016-02-29"],
    ["Quarter 1 2015", "end", "2015-03-31"],
    ["IV quarter of 2020", "start", "2020-10-01"],
    ["II quarter of 2021", "end", "2021-06-30"],
    ["Spring 2015", "start", "2015-03-01"],
    ["Winter 2015", "end", "2016-02-29"],
    ["2016", "start", "2016-01-01"],
    ["2016", "end", "2016-12-31"],
    ["43525", "start", "2019-03-01"],
    ["7/16/1905", "start", "2024-01-01"],
    ["7/19/1905", "end", "2027-12-31"],
  ] as const)("reads %s as the %s %s", (text, edge, date) => {
    expect(readDate(text, edge)).toEqual({ ok: true, date });
  });

  it.each(["NA", "", "Underway", "In progress", "Ongoing", "Permanent activity", " na "])("reads %j as no date, not an error", (text) => {
    expect(readDate(text, "start")).toEqual({ ok: true, date: null });
  });

  it.each([
    ["13/13/2019", /no month 13/],
    ["2/30/2019", /2019-02 has no day 30/],
    ["Juny 2014", /"juny" is not a month/],
    ["7/1/1899", /year 1899 is out of range/],
    ["soon", /unknown form/],
    ["99999", /day number out of range/],
  ])("refuses %s, saying why", (text, why) => {
    const reading = readDate(text, "start");
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(why);
  });
});
