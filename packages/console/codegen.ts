import type { CodegenConfig } from "@graphql-codegen/cli";

// Operation types come from the composed supergraph's public SDL, never written by hand.
// `pnpm codegen` rewrites src/gql; `pnpm codegen:check` (also part of `pnpm test`) fails when it is stale.
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
      },
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
