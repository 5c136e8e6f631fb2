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
  forgetOnSignOut(client, sessionStore);
  return client;
}

/**
 * Empties the cache whenever the session ends, however it ends: "Sign out" here or in another tab, or a refresh the
 * server refused. What the account could read must not stay on screen for whoever uses the browser next.
 */
export function forgetOnSignOut(client: ApolloClient, store: SessionStore): () => void {
  let signedIn = store.signedIn;
  return store.subscribe(() => {
    const was = signedIn;
    signedIn = store.signedIn;
    if (was && !signedIn) void client.clearStore();
  });
}
