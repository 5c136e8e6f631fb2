import { describe, expect, it } from "vitest";
import { createGraphClient } from "./graph.js";

describe("createGraphClient", () => {
  it("sends the caller's token and Accept-Language, so the graph's refusals come back in the caller's language", async () => {
    const sent: Headers[] = [];
    const fetcher = (async (_url: string, init: RequestInit) => {
      sent.push(new Headers(init.headers));
      return new Response(JSON.stringify({ data: { ok: true } }), { headers: { "content-type": "application/json" } });
    }) as typeof fetch;
    await createGraphClient({
      url: "http://gateway.test/graphql",
      token: "t0ken",
      acceptLanguage: "fr-FR,fr;q=0.9",
      fetch: fetcher,
    }).request("{ ok }");
    await createGraphClient({ url: "http://gateway.test/graphql", fetch: fetcher }).request("{ ok }");
    expect(sent[0]?.get("accept-language")).toBe("fr-FR,fr;q=0.9");
    expect(sent[0]?.get("authorization")).toBe("Bearer t0ken");
    expect(sent[1]?.has("accept-language")).toBe(false);
    expect(sent[1]?.has("authorization")).toBe(false);
  });
});
