import { addTypenameToDocument } from "@apollo/client/utilities";
import type { CodegenConfig } from "@graphql-codegen/cli";

// Operation types come from the composed supergraph's public SDL, never written by hand.
// `pnpm codegen` rewrites src/gql; `pnpm codegen:check` (also part of `pnpm test`) fails when it is stale.
// It also writes src/gql/persisted-documents.json, the manifest of the console's trusted documents (SHA-256 of each
// document -> document) that the gateway loads with PERSISTED_DOCUMENTS_PATH: the console then sends each operation's
// hash, never its text (app/persisted-documents-link.ts). `__typename` is added here by Apollo Client's own transform,
// as it would add it at run time: the document the manifest holds is the one Apollo's cache reads, and Apollo passes
// the generated document (with its embedded hash) to the link unchanged.
const config: CodegenConfig = {
  schema: "../gateway/public-schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: {
        // No fragments to mask yet; Apollo Client 4 has its own masking if we need it later.
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      documentTransforms: [
        {
          transform: ({ documents }) =>
            documents.map((source) => ({ ...source, document: source.document && addTypenameToDocument(source.document) })),
        },
      ],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: "unknown",
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
