// Extra replicas of a service and a small loopback HTTP load balancer, for the rolling-restart test with two of each.
import { type ChildProcess, spawn } from "node:child_process";
import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from "node:http";
import { join } from "node:path";
import { ROOT } from "../../../scripts/stack.mjs";
import { pollUntil, statusOf } from "./faults.js";
import { freePort } from "./throwaway-postgres.js";

export interface Replica {
  name: string;
  port: number;
  child(): ChildProcess;
  /** Waits until `/readyz` answers 200. */
  ready(): Promise<void>;
  /** SIGTERM, and the exit (SIGKILL after 10 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  restart(): Promise<void>;
  output(): string;
}

/** Starts `packages/<name>/dist/main.js` on a free port with `env`, as scripts/stack.mjs does for the first replica. */
export async function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const tail: string[] = [];
  let child: ChildProcess;
  const spawnChild = () => {
    child = spawn(process.execPath, [join(ROOT, "packages", name, "dist", "main.js")], {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const onData = (chunk: Buffer) => {
      tail.push(...chunk.toString().split("\n").filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 40));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
  };
  const replica: Replica = {
    name,
    port,
    child: () => child,
    async ready() {
      await pollUntil(
        `${name} replica on ${port} ready`,
        async () => {
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} replica exited:\n${tail.join("\n")}`);
          return (await statusOf(`http://127.0.0.1:${port}/readyz`)) === 200 ? true : undefined;
        },
        { timeoutMs: 60_000 },
      );
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once("exit", (code, signal) => resolve({ code, signal })),
      );
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    async restart() {
      await replica.stop();
      spawnChild();
      await replica.ready();
    },
    output: () => tail.join("\n"),
  };
  spawnChild();
  await replica.ready();
  return replica;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "upgrade", "proxy-connection"]);
const endToEnd = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([key, value]) => !HOP_BY_HOP.has(key) && value !== undefined)) as Record<
    string,
    string | string[]
  >;

/**
 * Round-robin over the upstream ports that are in rotation, as a load balancer or a Kubernetes Service does.
 * `remove(port)` takes a replica out of rotation (what the `preStop` sleep waits for) before it is stopped; a request
 * already sent to it is still answered by it. A refused connection (nothing was sent) is tried on the next replica.
 */
export class LoadBalancer {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private readonly rotation: number[];
  private server: Server | undefined;
  private turn = 0;
  port = 0;

  constructor(upstreams: number[]) {
    this.rotation = [...upstreams];
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  remove(port: number): void {
    this.rotation.splice(this.rotation.indexOf(port), 1);
  }

  add(port: number): void {
    if (!this.rotation.includes(port)) this.rotation.push(port);
  }

  async listen(): Promise<this> {
    this.server = createServer((incoming, outgoing) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const body = Buffer.concat(chunks);
        const attempt = (left: number) => {
          const port = this.rotation[this.turn++ % Math.max(1, this.rotation.length)];
          if (port === undefined) {
            outgoing.writeHead(503).end();
            return;
          }
          const upstream = request(
            {
              host: "127.0.0.1",
              port,
              method: incoming.method,
              path: incoming.url,
              headers: endToEnd(incoming.headers),
              agent: this.agent,
            },
            (response) => {
              const parts: Buffer[] = [];
              response.on("data", (chunk: Buffer) => parts.push(chunk));
              response.on("end", () =>
                outgoing.writeHead(response.statusCode ?? 502, endToEnd(response.headers)).end(Buffer.concat(parts)),
              );
              response.on("error", () => outgoing.destroy());
            },
          );
          upstream.on("error", (error: NodeJS.ErrnoException) => {
            if (error.code === "ECONNREFUSED" && left > 1) attempt(left - 1);
            else if (!outgoing.headersSent) outgoing.writeHead(502, { "x-lb-error": error.code ?? "unknown" }).end();
          });
          upstream.end(body);
        };
        attempt(Math.max(1, this.rotation.length));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
    return this;
  }

  async close(): Promise<void> {
    this.agent.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
