import { describe, expect, it } from "vitest";
import { EnvError, loadSubgraphEnv } from "./env.js";

describe("loadSubgraphEnv", () => {
  it("applies defaults: the subgraph's port, embedded SQLite, migrations on start", () => {
    const env = loadSubgraphEnv(4001, {});
    expect(env.PORT).toBe(4001);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.MIGRATE_ON_START).toBe(true);
    expect(env.DATA_DIR).toMatch(/\.data$/);
  });

  it("reads PostgreSQL and overrides", () => {
    const env = loadSubgraphEnv(4001, { PORT: "5001", DATABASE_URL: "postgres://localhost/test", MIGRATE_ON_START: "false" });
    expect(env).toMatchObject({ PORT: 5001, DATABASE_URL: "postgres://localhost/test", MIGRATE_ON_START: false });
  });

  it("stops with a message naming every malformed variable", () => {
    const read = () => loadSubgraphEnv(4001, { PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    expect(read).toThrow(EnvError);
    expect(read).toThrow(/PORT/);
    expect(read).toThrow(/DATABASE_URL: must be a postgres/);
    expect(read).toThrow(/LOG_LEVEL/);
  });
});
