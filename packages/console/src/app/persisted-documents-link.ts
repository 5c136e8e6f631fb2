import type { ApolloLink } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type { DocumentNode } from "graphql";

/**
 * The SHA-256 GraphQL Codegen embedded in a generated document (`__meta__.hash`, written `sha256:<hex>`), as bare hex:
 * the id of the document in the manifest src/gql/persisted-documents.json that the gateway loads.
 */
export function documentHash(document: DocumentNode): string | undefined {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === "string" ? hash.replace(/^sha256:/, "") : undefined;
}

/**
 * Sends each operation as its persisted document: the hash alone, in Apollo's `extensions.persistedQuery` (the
 * gateway serves it from the console's manifest, so no document text crosses the network). A gateway started without
 * the manifest answers PERSISTED_QUERY_NOT_FOUND: the link then sends that document in full, and every later one too.
 */
export function persistedDocumentsLink(): ApolloLink {
  return new PersistedQueryLink({
    generateHash: (document) => {
      const hash = documentHash(document);
      if (hash === undefined) {
        throw new Error("A console operation must come from graphql() in src/gql, which embeds its persisted-document hash.");
      }
      return hash;
    },
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
}
