import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, rawRequest } from "./testing/http.js";
import { type TestGateway, testGateways } from "./testing/test-gateway.js";

const gateways = testGateways();
let running: TestGateway;
beforeAll(async () => {
  running = await gateways.start({ maxRequestBodyBytes: 1_000 });
});
afterAll(() => gateways.stopAll());

const HELLO = encodeURIComponent("{ hello }");

describe("CSRF prevention", () => {
  it("refuses a form-encoded POST, as a page on another site could send it", async () => {
    const response = await rawRequest(running.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: `query=${HELLO}`,
    });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.text);
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/could have been sent by another website.*content-type: application\/json.*x-graphql-client/),
        extensions: { code: "CSRF_PREVENTED" },
      },
    ]);
  });

  it("refuses a plain-text POST and a GET without a preflight header, and never calls the subgraph for them", async () => {
    const before = running.fake.requests.length;
    const text = await rawRequest(running.gateway.url, {
      method: "POST",
      headers: { "content-type": "text/plain", accept: "application/json" },
      body: JSON.stringify({ query: "{ hello }" }),
    });
    const get = await rawRequest(`${running.gateway.url}?query=${HELLO}`, { headers: { accept: "application/json" } });
    for (const response of [text, get]) {
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe("CSRF_PREVENTED");
    }
    expect(running.fake.requests.length).toBe(before);
  });

  it("answers a GET that carries x-graphql-client or apollo-require-preflight, and a JSON POST", async () => {
    for (const header of ["x-graphql-client", "apollo-require-preflight"]) {
      const response = await rawRequest(`${running.gateway.url}?query=${HELLO}`, {
        headers: { accept: "application/json", [header]: "dashboard" },
      });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text)).toEqual({ data: { hello: "world" } });
    }
    expect((await postGraphQL(running.gateway.url, "{ hello }")).body).toEqual({ data: { hello: "world" } });
  });

  it("still serves GraphiQL's page to a browser", async () => {
    const response = await fetch(running.gateway.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect((await response.text()).toLowerCase()).toContain("graphiql");
  });
});

describe("request body size limit", () => {
  /** A JSON body of exactly `size` bytes, padded with spaces (valid JSON whitespace). */
  const bodyOf = (size: number) => {
    const json = JSON.stringify({ query: "{ hello }" });
    return json + " ".repeat(size - json.length);
  };
  const post = (body: string | string[]) =>
    rawRequest(running.gateway.url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body });

  it("accepts a body of the limit and refuses one byte more with 413 and a JSON error", async () => {
    const under = await post(bodyOf(1_000));
    expect(under.status).toBe(200);
    expect(JSON.parse(under.text)).toEqual({ data: { hello: "world" } });

    const over = await post(bodyOf(1_001));
    expect(over.status).toBe(413);
    expect(over.headers["content-type"]).toMatch(/json/);
    expect(JSON.parse(over.text)).toEqual({
      errors: [{ message: expect.stringMatching(/larger than 1000 bytes/), extensions: { code: "PAYLOAD_TOO_LARGE", limit: 1_000 } }],
    });
  });

  it("counts the bytes of a chunked body, which declares no length", async () => {
    const chunks = (size: number) => {
      const body = bodyOf(size);
      return [body.slice(0, 400), body.slice(400, 800), body.slice(800)];
    };
    const under = await post(chunks(1_000));
    expect(under.status).toBe(200);
    expect(JSON.parse(under.text)).toEqual({ data: { hello: "world" } });

    const over = await post(chunks(5_000));
    expect(over.status).toBe(413);
    expect(JSON.parse(over.text).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("requests that are not well-formed GraphQL over HTTP", () => {
  const errorsOf = (text: string) => JSON.parse(text).errors as { message: string; extensions: { code: string } }[];

  it("answers a POST whose body is not JSON with 415 and a JSON error saying what to send", async () => {
    for (const contentType of ["application/xml", "text/plain", undefined]) {
      const response = await rawRequest(running.gateway.url, {
        method: "POST",
        headers: { ...(contentType ? { "content-type": contentType } : {}), "x-graphql-client": "test", accept: "application/json" },
        body: "{}",
      });
      expect(response.status).toBe(415);
      expect(errorsOf(response.text)[0]).toMatchObject({
        message: expect.stringMatching(/application\/json/),
        extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
      });
    }
  });

  it("says what to send in the caller's Accept-Language, with the same status and code", async () => {
    const response = await rawRequest(running.gateway.url, {
      method: "POST",
      headers: { "content-type": "text/plain", "x-graphql-client": "test", accept: "application/json", "accept-language": "es" },
      body: "{}",
    });
    expect(response.status).toBe(415);
    expect(errorsOf(response.text)[0]).toMatchObject({
      message: "Un POST GraphQL debe llevar un cuerpo JSON con `content-type: application/json`, no `text/plain`.",
      extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
    });
  });

  it("answers a GET whose variables are not JSON with 400 BAD_REQUEST", async () => {
    const response = await rawRequest(`${running.gateway.url}?query=${HELLO}&variables=x`, {
      headers: { "x-graphql-client": "test", accept: "application/json" },
    });
    expect(response.status).toBe(400);
    expect(errorsOf(response.text)[0]).toEqual({
      message: "The `variables` parameter of a GET must be JSON.",
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("refuses a subscription at validation, and a variable of the wrong type as BAD_USER_INPUT, naming it", async () => {
    const subscription = await postGraphQL(running.gateway.url, "subscription { hello }");
    expect(subscription.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/no subscriptions/),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const badVariable = await postGraphQL(running.gateway.url, "query ($n: Int) { members(first: $n) { totalCount } }", {
      variables: { n: "many" },
    });
    expect(badVariable.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/\$n/), extensions: { code: "BAD_USER_INPUT" } });
  });
});
