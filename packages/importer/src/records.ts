/** Streams the export's records: the header is checked first, then each row comes with its spreadsheet row number. */

import { parse } from "csv-parse";

export type RecordEvent =
  | { kind: "row"; row: number; cells: Record<string, string> }
  | { kind: "problem"; row: number; message: string }
  | { kind: "fatal"; message: string };

export type Chunks = AsyncIterable<Uint8Array | string>;

interface Parsed {
  record: string[];
  info: { lines: number };
}

/** Records parsed ahead of the reader at most; reading the file pauses beyond, so memory stays flat. */
const READ_AHEAD = 1000;

/**
 * Parses CSV chunks into records with csv-parse's event API, reading the source only as fast as records are taken.
 */
async function* parseCsv(source: Chunks, onBytes?: (bytes: number) => void): AsyncGenerator<Parsed> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  const queue: Parsed[] = [];
  let ended = false;
  let failure: Error | null = null;
  // Who waits: the reader for records, or the feeder for the reader to catch up.
  const waiting: { reader?: (() => void) | undefined; feeder?: (() => void) | undefined } = {};
  const wake = () => {
    waiting.reader?.();
    waiting.reader = undefined;
  };
  const resumeFeeder = () => {
    waiting.feeder?.();
    waiting.feeder = undefined;
  };
  parser.on("data", (parsed: Parsed) => {
    queue.push(parsed);
    wake();
  });
  parser.on("end", () => {
    ended = true;
    wake();
  });
  parser.on("error", (error: Error) => {
    failure = error;
    wake();
  });
  let stopped = false;
  const feeding = (async () => {
    const decoder = new TextDecoder("utf-8");
    let bytes = 0;
    for await (const chunk of source) {
      if (stopped || failure) return;
      bytes += typeof chunk === "string" ? chunk.length : chunk.byteLength;
      onBytes?.(bytes);
      parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
      while (queue.length > READ_AHEAD && !stopped && !failure) {
        await new Promise<void>((resolve) => {
          waiting.feeder = resolve;
        });
      }
    }
    const rest = decoder.decode();
    if (rest) parser.write(rest);
    parser.end();
  })().catch((error: Error) => {
    failure = error;
    wake();
  });
  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        if (queue.length < READ_AHEAD / 2) resumeFeeder();
        yield next;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        waiting.reader = resolve;
      });
    }
  } finally {
    stopped = true;
    resumeFeeder();
    await feeding;
  }
}

/**
 * Yields rows as they are parsed, holding one at a time. `required` are the columns the header must have; a header
 * without them is a file of another format, refused as a whole (a "fatal" event, then nothing).
 */
export async function* readRecords(
  source: Chunks,
  required: readonly string[],
  onBytes?: (bytes: number) => void,
): AsyncGenerator<RecordEvent> {
  let header: string[] | null = null;
  let row = 1;
  try {
    for await (const { record, info } of parseCsv(source, onBytes)) {
      if (!header) {
        header = record.map((name) => name.trim());
        const missing = required.filter((column) => !header?.includes(column));
        if (missing.length > 0) {
          const shown = missing
            .slice(0, 5)
            .map((column) => `"${column}"`)
            .join(", ");
          const more = missing.length > 5 ? ` and ${missing.length - 5} more` : "";
          yield {
            kind: "fatal",
            message: `This is not an export of OGP's IRM commitment database: its first line lacks the columns ${shown}${more}.`,
          };
          return;
        }
        continue;
      }
      row += 1;
      if (record.length !== header.length) {
        yield {
          kind: "problem",
          row,
          message: `The row has ${record.length} cells where the header has ${header.length} (ending on line ${info.lines}): a quote or a separator is missing or extra.`,
        };
        continue;
      }
      const cells: Record<string, string> = {};
      header.forEach((name, index) => {
        cells[name] = record[index] ?? "";
      });
      yield { kind: "row", row, cells };
    }
  } catch (error) {
    const message = (error as Error).message;
    yield { kind: "fatal", message: header ? `The file is not valid CSV after row ${row}: ${message}` : `The file is not CSV: ${message}` };
    return;
  }
  if (!header) yield { kind: "fatal", message: "The file is empty." };
}
