import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

interface Chunk {
  type: "chunk";
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}
interface Asset {
  type: "asset";
  fileName: string;
  source: string | Uint8Array;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Prints what the first page costs: the entry chunk and every chunk it imports statically (what the browser must
 * fetch before anything renders), raw and gzipped. Lazy pages are fetched later and not counted.
 */
export function firstPageSize(): Plugin {
  return {
    name: "ogc:first-page-size",
    apply: "build",
    writeBundle(_options, bundle) {
      const files = bundle as unknown as Record<string, Chunk | Asset>;
      const entry = Object.values(files).find((file): file is Chunk => file.type === "chunk" && file.isEntry);
      if (!entry) return;
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        const file = files[name];
        if (file?.type === "chunk") for (const imported of file.imports) visit(imported);
      };
      visit(entry.fileName);
      const rows = [...seen].map((name) => {
        const file = files[name] as Chunk;
        return { name, raw: Buffer.byteLength(file.code), gzip: gzipSync(file.code).length };
      });
      const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
      const lines = rows.map((row) => `  ${row.name.padEnd(40)} ${kB(row.raw).padStart(10)}  gzip ${kB(row.gzip).padStart(9)}`);
      this.environment.logger.info(
        [
          "",
          `first page JavaScript (entry ${entry.fileName} and its static imports):`,
          ...lines,
          `  ${"total".padEnd(40)} ${kB(total.raw).padStart(10)}  gzip ${kB(total.gzip).padStart(9)}`,
          "",
        ].join("\n"),
      );
    },
  };
}
