import { randomUUID } from "node:crypto";
import type { Viewer } from "./auth.js";
import { LoaderRegistry } from "./loaders.js";
import { type Locale, localeFromAcceptLanguage } from "./locale.js";
import type { Logger } from "./logger.js";

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  requestId: string;
  /** From `Accept-Language`; a field's `locale` argument wins over it. */
  locale: Locale;
  loaders: LoaderRegistry;
  logger: Logger;
  /** The signed-in caller, verified from the access token; `null` for anonymous callers. */
  viewer: Viewer | null;
  /** The caller's `Authorization` header as received, to forward when this subgraph reads another's entities. */
  authorization: string | undefined;
}

export interface RequestHeaders {
  get(name: string): string | undefined;
}

/** Builds a fresh context for one request: its own loaders, its locale, its request id (kept from the gateway when sent). */
export function createRequestContext(headers: RequestHeaders, logger: Logger, viewer: Viewer | null = null): RequestContext {
  const requestId = headers.get("x-request-id") ?? randomUUID();
  return {
    requestId,
    locale: localeFromAcceptLanguage(headers.get("accept-language")),
    loaders: new LoaderRegistry(),
    logger: logger.child(viewer ? { requestId, accountId: viewer.accountId } : { requestId }),
    viewer,
    authorization: viewer ? headers.get("authorization") : undefined,
  };
}
