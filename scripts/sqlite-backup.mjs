// SQLite half of scripts/backup and scripts/restore: SQLite's online backup API through better-sqlite3.
//   node scripts/sqlite-backup.mjs backup  <data dir> <destination dir> <name>...
//   node scripts/sqlite-backup.mjs restore <backup dir> <data dir>
// A backup is consistent while the services keep writing (the API copies a snapshot, WAL included); each copy is
// switched to a single self-contained file (journal_mode DELETE) and checked with `PRAGMA integrity_check`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
// better-sqlite3 is a dependency of the kit, which every subgraph uses.
const Database = createRequire(join(ROOT, "packages", "kit", "package.json"))("better-sqlite3");

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

function check(file) {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") fail(`${file} failed its integrity check: ${result}`);
  } finally {
    db.close();
  }
}

async function backup(dataDir, destination, names) {
  mkdirSync(destination, { recursive: true });
  const copied = [];
  for (const name of names) {
    const source = join(dataDir, `${name}.sqlite`);
    if (!existsSync(source)) continue;
    const target = join(destination, `${name}.sqlite`);
    const db = new Database(source, { fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    check(target);
    copied.push(name);
    console.log(`  ${name}: ${source} -> ${target}`);
  }
  if (copied.length === 0) fail(`no subgraph database (${names.map((n) => `${n}.sqlite`).join(", ")}) in ${dataDir}`);
  writeFileSync(
    join(destination, "manifest.json"),
    `${JSON.stringify({ kind: "sqlite", createdAt: new Date().toISOString(), subgraphs: copied }, null, 2)}\n`,
  );
}

/** Processes that have `file` open (Linux /proc; empty elsewhere). */
function holdersOf(files) {
  const holders = new Set();
  if (!existsSync("/proc")) return holders;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (files.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) holders.add(pid);
      } catch {
        // closed meanwhile
      }
    }
  }
  return holders;
}

function restore(source, dataDir) {
  const manifestFile = join(source, "manifest.json");
  if (!existsSync(manifestFile)) fail(`${source} is not a backup made by scripts/backup (no manifest.json)`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  if (manifest.kind !== "sqlite") fail(`${source} holds a ${manifest.kind} backup, not SQLite files`);
  const targets = manifest.subgraphs.map((name) => resolve(dataDir, `${name}.sqlite`));
  const busy = holdersOf(new Set(targets.flatMap((file) => [file, `${file}-wal`, `${file}-shm`])));
  if (busy.size > 0) fail(`the databases in ${dataDir} are in use (process ${[...busy].join(", ")}): stop the services first`);
  mkdirSync(dataDir, { recursive: true });
  for (const name of manifest.subgraphs) {
    const from = join(source, `${name}.sqlite`);
    check(from);
    const target = resolve(dataDir, `${name}.sqlite`);
    // Copy beside the target, then rename over it: a crash midway leaves the old file or the new one, never half.
    const partial = `${target}.restoring`;
    copyFileSync(from, partial);
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    renameSync(partial, target);
    console.log(`  ${name}: ${from} -> ${target}`);
  }
  console.log(`restored ${manifest.subgraphs.length} database(s) backed up at ${manifest.createdAt} (${basename(source)})`);
}

const [command, ...args] = process.argv.slice(2);
if (command === "backup" && args.length >= 3) await backup(resolve(args[0]), resolve(args[1]), args.slice(2));
else if (command === "restore" && args.length === 2) restore(resolve(args[0]), resolve(args[1]));
else fail("usage: sqlite-backup.mjs backup <data dir> <destination> <name>... | restore <backup dir> <data dir>");
