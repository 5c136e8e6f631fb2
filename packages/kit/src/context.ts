import { randomUUID } from "node:crypto";
import type { Viewer } from "./auth.js";
import { kitMessages } from "./kit-messages.js";
import { LoaderRegistry } from "./loaders.js";
import { type Locale, localeFromAcceptLanguage } from "./locale.js";
import type { Logger } from "./logger.js";
import { type Message, type MessageCatalog, sayerFor } from "./messages.js";

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
  /** A message in the request's language, from the subgraph's catalog (messages.ts); English where it has none. */
  say(message: string | Message): string;
}

export interface RequestHeaders {
  get(name: string): string | undefined;
}

/**
 * Builds a fresh context for one request: its own loaders, its locale, its request id (kept from the gateway when
 * sent), and `say` for messages, from `messages` (the subgraph's catalog with kit's, `withKitMessages`).
 */
export function createRequestContext(
  headers: RequestHeaders,
  logger: Logger,
  viewer: Viewer | null = null,
  messages: MessageCatalog = kitMessages,
): RequestContext {
  const requestId = headers.get("x-request-id") ?? randomUUID();
  return {
    requestId,
    locale: localeFromAcceptLanguage(headers.get("accept-language")),
    say: sayerFor(headers.get("accept-language"), messages),
    loaders: new LoaderRegistry(),
    logger: logger.child(viewer ? { requestId, accountId: viewer.accountId } : { requestId }),
    viewer,
    authorization: viewer ? headers.get("authorization") : undefined,
  };
}
