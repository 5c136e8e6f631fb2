import { describe, expect, it } from "vitest";
import { Role, type Viewer } from "./auth.js";
import { createRequestContext } from "./context.js";
import { Locale } from "./locale.js";
import { createLogger } from "./logger.js";

const logger = createLogger("test", "silent");
const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] });
const viewer: Viewer = { accountId: "a-1", role: Role.SUPPORT_UNIT, memberId: null, institutionIds: [], partnerId: null, sessionId: "s-1" };

describe("createRequestContext", () => {
  it("keeps the gateway's request id, reads the locale, and gives each request its own loaders", () => {
    const first = createRequestContext(headers({ "x-request-id": "req-42", "accept-language": "es-AR" }), logger);
    const second = createRequestContext(headers({}), logger);
    expect(first.requestId).toBe("req-42");
    expect(first.locale).toBe(Locale.ES);
    expect(second.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.loaders).not.toBe(second.loaders);
  });

  it("carries the verified caller's Authorization header to forward, and none for anonymous callers", () => {
    expect(createRequestContext(headers({ authorization: "Bearer t" }), logger, viewer).authorization).toBe("Bearer t");
    expect(createRequestContext(headers({ authorization: "Bearer t" }), logger, null).authorization).toBeUndefined();
  });
});
