import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is the one `cronica graphql-schema` prints, kept in the repository (a Python test
// checks it is the server's): an operation that no longer matches it fails `npm run build`.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/**/*.tsx", "src/**/*.ts", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", Time: "string", JSON: "unknown", Decimal: "string" },
      },
    },
  },
};

export default config;
