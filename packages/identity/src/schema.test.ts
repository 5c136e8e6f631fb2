import "reflect-metadata";
import { readFileSync } from "node:fs";
import { printFederatedSchema } from "@ogc/kit";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildIdentitySchema } from "./subgraph.js";

describe("schema.graphql", () => {
  it("is the SDL the code builds (run `pnpm --filter @ogc/identity schema` after changing the schema)", async () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printFederatedSchema(await buildIdentitySchema()));
  });

  it("keeps the public contract: signIn(email, password): SignInPayload! { accessToken refreshToken account } and viewer: Account", async () => {
    const sdl = printFederatedSchema(await buildIdentitySchema());
    expect(sdl).toMatch(/signIn\(\s*"""[^"]*"""\s*email: String!\s*"""[^"]*"""\s*password: String!\s*\): SignInPayload!/);
    expect(sdl).toMatch(/^ {2}viewer: Account$/m);
    expect(sdl).toContain('type Account\n  @key(fields: "id")');
    for (const field of ["accessToken: String!", "refreshToken: String!", "account: Account!"]) expect(sdl).toContain(field);
    expect(sdl).not.toMatch(/password[Hh]ash|tokenHash|keyHash/);
  });

  it("describes every type, field and argument of its own", async () => {
    const sdl = printFederatedSchema(await buildIdentitySchema());
    const schema = buildSchema(sdl.replace(/^extend schema[\s\S]*?\n\n/, ""), { assumeValid: true });
    const shared = new Set(["PageInfo", "AuditEntry", "AuditEntryConnection", "AuditEntryEdge", "JSONObject", "Role", "Query", "Mutation"]);
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Boolean", "Int", "ID", "Float"].includes(type.name)) continue;
      if (!shared.has(type.name) && !type.description) undescribed.push(type.name);
      // Connection and edge fields come from the kit's ConnectionType.
      if (shared.has(type.name) && type.name !== "Query" && type.name !== "Mutation") continue;
      if (type.name.endsWith("Connection") || type.name.endsWith("Edge")) continue;
      if (!("getFields" in type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith("_")) continue;
        if (!field.description && field.name !== "id" && !field.name.endsWith("Ids") && !field.name.endsWith("Id"))
          undescribed.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!arg.description && arg.name !== "input" && arg.name !== "filter")
            undescribed.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });
});
