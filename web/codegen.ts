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
      // Screens read a fragment's fields where they query them: no masking to unwrap.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", Time: "string", JSON: "unknown", Decimal: "string" },
      },
    },
  },
};

export default config;
