import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type Stack, startTestStack } from "./stack.js";

let stack: Stack & { dispose(): Promise<void> };

beforeAll(async () => {
  stack = await startTestStack(200, false);
});
afterAll(() => stack?.dispose());

describe("the stack through the gateway", () => {
  it("serves the ten challenge areas with French names", async () => {
    const result = await graphql<{ challengeAreas: { code: string; name: string }[] }>(
      stack.gatewayUrl,
      "{ challengeAreas { code name(locale: FR) } }",
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.challengeAreas).toHaveLength(10);
    expect(result.data?.challengeAreas[0]).toEqual({ code: "ACCESS_TO_INFORMATION", name: "Accès à l'information" });
    expect(result.data?.challengeAreas.map((area) => area.name)).toContain("Liberté des médias");
  });

  it("answers in the caller's Accept-Language when no locale is asked", async () => {
    const result = await graphql<{ challengeArea: { name: string } }>(
      stack.gatewayUrl,
      "{ challengeArea(code: MEDIA_FREEDOM) { name } }",
      {},
      { "accept-language": "es" },
    );
    expect(result.data?.challengeArea.name).toBe("Libertad de prensa");
  });

  it("says a subgraph's refusal in the caller's Accept-Language through the gateway, with the same code and field", async () => {
    const query = "{ commitments(first: 500) { totalCount } }";
    const said = async (headers: Record<string, string>) => (await graphql(stack.gatewayUrl, query, {}, headers)).errors?.[0];
    expect(await said({ "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" })).toMatchObject({
      message: "`first` doit être compris entre 0 et 100.",
      extensions: { code: "BAD_USER_INPUT", field: "first" },
    });
    expect((await said({ "accept-language": "es" }))?.message).toBe("`first` debe estar entre 0 y 100.");
    expect((await said({}))?.message).toBe("`first` must be between 0 and 100.");
  });

  it("gives a bad query a clear error, never a stack trace", async () => {
    for (const query of ["{ challengeAreas { code colour } }", "{ challengeAreas { code "]) {
      const result = await graphql(stack.gatewayUrl, query);
      expect(result.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(result.errors);
      expect(result.errors?.[0]?.message).toMatch(/colour|Syntax Error|Expected Name/);
      expect(text).not.toMatch(/stacktrace|\bat .*\.js:\d+|node_modules/);
    }
  });

  it("stays up with an error for the missing part when a subgraph is down, and recovers when it is back", async () => {
    const catalog = stack.services.find((service) => service.name === "catalog");
    if (!catalog) throw new Error("no catalog service");
    await catalog.kill();

    const down = await graphql<{ challengeAreas: unknown }>(stack.gatewayUrl, "{ challengeAreas { code } }");
    expect(down.errors?.length).toBeGreaterThan(0);
    expect(down.data?.challengeAreas ?? null).toBeNull();
    expect(JSON.stringify(down.errors)).not.toMatch(/ECONNREFUSED|stacktrace|127\.0\.0\.1/);
    const health = await fetch(stack.gatewayUrl.replace("/graphql", "/healthz"));
    expect(health.status).toBe(200);

    await catalog.restart();
    const back = await graphql<{ challengeAreas: unknown[] }>(stack.gatewayUrl, "{ challengeAreas { code } }");
    expect(back.errors).toBeUndefined();
    expect(back.data?.challengeAreas).toHaveLength(10);
  });
});
