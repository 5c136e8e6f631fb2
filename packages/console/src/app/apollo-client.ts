import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { authLink } from "../features/session/auth-link";
import { sessionStore } from "../features/session/session-store";
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
  return new ApolloClient({
    link: ApolloLink.from([
      acceptLanguageLink(currentLanguage),
      authLink(sessionStore),
      persistedDocumentsLink(),
      new HttpLink({ uri: GRAPHQL_PATH }),
    ]),
    cache: createCache(),
  });
}
