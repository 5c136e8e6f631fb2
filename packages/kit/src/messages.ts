import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { kitMessages } from "./kit-messages.js";
import { Locale, localeFromAcceptLanguage } from "./locale.js";

/**
 * A message for people, kept as its English template and the values put into it, so that it can be said in the
 * language the request asks for (`Accept-Language`). The template's placeholders are `{0}`, `{1}`, ... in the order of
 * the values.
 */
export interface Message {
  readonly template: string;
  readonly values: readonly unknown[];
}

/**
 * The Spanish and French of each English template a package writes; the English template is the key. A translation
 * uses every placeholder of its template, except those `leavesOut` names: values that are English words (an entity
 * type), which the translation says in its own words instead.
 */
export type MessageCatalog = Readonly<
  Record<string, { readonly es: string; readonly fr: string; readonly leavesOut?: readonly `{${number}}`[] }>
>;

/**
 * Tags a template literal as a message: msg`There is no member with the id "${id}".` keeps the template
 * `There is no member with the id "{0}".` and the value, for translation (see `MessageCatalog`).
 */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): Message {
  return { template: strings.reduce((template, part, index) => `${template}{${index - 1}}${part}`), values };
}

/** A message given as plain text is its own template, with no values. */
export function toMessage(message: string | Message): Message {
  return typeof message === "string" ? { template: message, values: [] } : message;
}

/**
 * Puts the values into a template's placeholders: a missing one (null or undefined) as nothing; a placeholder beyond
 * the values stays as it is.
 */
export function fillTemplate(template: string, values: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    if (Number(index) >= values.length) return placeholder;
    return value == null ? "" : String(value);
  });
}

/** The message in English: its template filled with its values. */
export function englishOf(message: string | Message): string {
  const { template, values } = toMessage(message);
  return fillTemplate(template, values);
}

/** The message in `locale`, from `catalog`; English when the catalog has no translation of its template. */
export function translateMessage(message: Message, locale: Locale, catalog: MessageCatalog): string {
  const translated = locale === Locale.EN ? undefined : catalog[message.template]?.[locale === Locale.ES ? "es" : "fr"];
  return fillTemplate(translated ?? message.template, message.values);
}

/**
 * Says messages in the language an `Accept-Language` header asks for, from `messages` (by default kit's own): the
 * request context's `say`, and what the servers use for refusals made before a context exists (a bad token).
 */
export function sayerFor(
  acceptLanguage: string | null | undefined,
  messages: MessageCatalog = kitMessages,
): (message: string | Message) => string {
  const locale = localeFromAcceptLanguage(acceptLanguage);
  return (message) => translateMessage(toMessage(message), locale, messages);
}

/** The placeholders a template uses, sorted: a translation must use the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort();
}

/**
 * Where a formatted error keeps the message it says, until the response is sent. A symbol: JSON leaves it out, so it
 * never reaches a client even when nothing translates it.
 */
export const ERROR_MESSAGE = Symbol("ogc.errorMessage");

/** A formatted error that can still be translated. */
export type TranslatableError = GraphQLFormattedError & { [ERROR_MESSAGE]?: Message };

/** A subgraph's catalog with kit's own messages (errors, auth, pagination, batches, records) added. */
export function withKitMessages(messages: MessageCatalog = {}): MessageCatalog {
  return { ...kitMessages, ...messages };
}

/**
 * Says each error's message in the request's language (`contextValue.say`, from `Accept-Language` and the subgraph's
 * catalog): the errors the formatter kept a message for (`createErrorFormatter`). Untranslated templates stay in English.
 */
export function messagesPlugin<TContext extends { say(message: Message): string }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || !contextValue?.say) return;
          for (const error of (response.body.singleResult.errors ?? []) as TranslatableError[]) {
            const message = error[ERROR_MESSAGE];
            if (message) (error as { message: string }).message = contextValue.say(message);
          }
        },
      };
    },
  };
}
