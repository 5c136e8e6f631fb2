import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Chunks, type RecordEvent, readRecords } from "./records.js";
import { SAMPLE } from "./test-context.js";

async function* pieces(text: string, size: number): Chunks {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.slice(start, start + size);
}

async function collect(source: Chunks, required: string[] = ["a", "b"]) {
  const events: RecordEvent[] = [];
  for await (const event of readRecords(source, required)) events.push(event);
  return events;
}

describe("reading the export as a stream", () => {
  it("reads the same rows whatever the chunk size, multi-line cells and multi-byte characters included", async () => {
    const text = readFileSync(SAMPLE, "utf-8");
    const whole = await collect(pieces(text, 1 << 20), ["Commitment Unique Identifier"]);
    const tiny = await collect(pieces(text, 7), ["Commitment Unique Identifier"]);
    expect(whole.filter((event) => event.kind === "row")).toHaveLength(18);
    expect(tiny).toEqual(whole);
  });

  it("numbers rows as a spreadsheet does and reports a row with the wrong number of cells, going on with the next", async () => {
    const events = await collect(pieces('a,b\r\n1,2\r\n"x\ny",3\r\nonly-one\r\n4,5\r\n', 3));
    expect(events).toEqual([
      { kind: "row", row: 2, cells: { a: "1", b: "2" } },
      { kind: "row", row: 3, cells: { a: "x\ny", b: "3" } },
      { kind: "problem", row: 4, message: expect.stringMatching(/has 1 cells where the header has 2/) },
      { kind: "row", row: 5, cells: { a: "4", b: "5" } },
    ]);
  });

  it("refuses a file without the columns, an empty file, and broken quoting, saying so", async () => {
    expect(await collect(pieces("x,y\n1,2\n", 4))).toEqual([
      { kind: "fatal", message: 'This is not an export of OGP\'s IRM commitment database: its first line lacks the columns "a", "b".' },
    ]);
    expect(await collect(pieces("", 4))).toEqual([{ kind: "fatal", message: "The file is empty." }]);
    const broken = await collect(pieces('a,b\n1,2\n"open,3\n', 4));
    expect(broken.at(-1)).toMatchObject({ kind: "fatal", message: expect.stringMatching(/not valid CSV after row 2/) });
  });

  it("reads the source only as fast as rows are taken, so memory does not grow with the file", async () => {
    let produced = 0;
    async function* endless(): Chunks {
      yield "a,b\n";
      for (;;) {
        produced += 1;
        yield `${produced},x\n`;
      }
    }
    const reader = readRecords(endless(), ["a", "b"]);
    for (let taken = 0; taken < 10; taken += 1) await reader.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(produced).toBeLessThan(1100);
    await reader.return(undefined);
  });
});
