/** Test helpers: the catalog's own tag map (the one the graph serves), and the sample files. */

import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { areas } from "../../catalog/src/migrations/reference-data-2026-11.js";
import type { MappingContext } from "./rows.js";

export const SAMPLE = fileURLToPath(new URL("../../../data/ogp-commitments/sample-18.csv", import.meta.url));
export const FULL = fileURLToPath(new URL("../../../data/ogp-commitments/open_parliament_0703.csv", import.meta.url));

export const context: MappingContext = {
  areaOrder: areas.map((area) => area.code),
  tagAreas: new Map(areas.flatMap((area) => area.tags.map((tag) => [tag, area.code] as const))),
  today: "2026-11-29",
};

export function open(path: string) {
  return () => createReadStream(path);
}
