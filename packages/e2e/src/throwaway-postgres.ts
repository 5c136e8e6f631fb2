// A PostgreSQL cluster of its own for tests that stop and start the database: never the machine's cluster on 5432.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** Trust auth as `postgres`, on 127.0.0.1 and a free port. */
  url: string;
  port: number;
  /** The folder holding the cluster, `bin` folder of the server. */
  dir: string;
  bin: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: connections are cut, committed work is on disk. */
  stop(): Promise<void>;
  /** Runs SQL with psql and returns its unaligned output. */
  sql(statement: string): Promise<string>;
  dispose(): Promise<void>;
}

/** The newest server installed under /usr/lib/postgresql, or undefined when there is none. */
export function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** initdb refuses to run as root: then the server runs as the `postgres` system user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

/** Creates and starts a cluster in a temporary folder (a few seconds). */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error("no PostgreSQL server under /usr/lib/postgresql");
  const dir = mkdtempSync(join(tmpdir(), "ogc-pg-"));
  const data = join(dir, "data");
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const exec = (command: string, args: string[]) => {
    const [file, argv] = asServerUser(join(bin, command), args);
    return run(file, argv, { cwd: dir, timeout: 60_000 });
  };
  await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "--encoding=UTF8", "--locale=C"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const start = async () => {
    await exec("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "-t", "30", "start"]);
  };
  const stop = async () => {
    await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"]);
  };
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    dir,
    bin,
    start,
    stop,
    async sql(statement) {
      const { stdout } = await run(join(bin, "psql"), ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", statement], {
        timeout: 30_000,
      });
      return stdout.trim();
    },
    async dispose() {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
