import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { authLink } from "../features/session/auth-link";
import { type SessionStore, sessionStore } from "../features/session/session-store";
import { acceptLanguageLink } from "./accept-language-link";
import { GRAPHQL_PATH } from "./apollo-client-path";
import { persistedDocumentsLink } from "./persisted-documents-link";

export { GRAPHQL_PATH } from "./apollo-client-path";

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Areas have no `id`; their code is the stable key. Localized fields are cached per `locale` argument.
    typePolicies: { ChallengeArea: { keyFields: ["code"] } },
  });
}

export function createApolloClient(currentLanguage: () => string): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([
      acceptLanguageLink(currentLanguage),
      authLink(sessionStore),
      persistedDocumentsLink(),
      new HttpLink({ uri: GRAPHQL_PATH }),
    ]),
    cache: createCache(),
  });
  forgetWhenSwitchedElsewhere(client, sessionStore);
  return client;
}

/**
 * Another tab ended the session, or started one: what this tab read as one account must not stay for whoever uses the
 * browser next. The cache is emptied and the queries still shown are read again, anonymously or as the new account (a
 * page only the account could see gives way to its sign-in prompt). This tab's own sign-in and sign-out reset the cache
 * themselves (useSession).
 */
export function forgetWhenSwitchedElsewhere(client: ApolloClient, store: SessionStore): () => void {
  return store.onSwitchedElsewhere(() => {
    client.resetStore().catch(() => undefined);
  });
}
