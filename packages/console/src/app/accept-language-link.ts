import { ApolloLink } from "@apollo/client";

/** Adds `Accept-Language: <UI language>` to every operation, for fields that take no `locale` argument. */
export function acceptLanguageLink(currentLanguage: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, "Accept-Language": currentLanguage() },
    }));
    return forward(operation);
  });
}
