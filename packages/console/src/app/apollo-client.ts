import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { acceptLanguageLink } from "./accept-language-link";

/** The browser talks to its own origin; Vite's dev and preview servers proxy `/graphql` to the gateway. */
export const GRAPHQL_PATH = "/graphql";

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Areas have no `id`; their code is the stable key. Localized fields are cached per `locale` argument.
    typePolicies: { ChallengeArea: { keyFields: ["code"] } },
  });
}

export function createApolloClient(currentLanguage: () => string): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([acceptLanguageLink(currentLanguage), new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: createCache(),
  });
}
