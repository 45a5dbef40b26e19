import type { CodegenConfig } from "@graphql-codegen/cli";
// The preset this workspace declares (the CLI carries an older one of its own).
import { preset as clientPreset } from "@graphql-codegen/client-preset";

/**
 * The typed client: every document in src/api is typed against the API schema of the
 * committed supergraph, and exported with its SHA-256 to a persisted-document manifest that the
 * gateway serves by id (and, with trusted documents, serves alone to browser clients).
 * `npm run codegen -w web` regenerates; `npm run check` fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: { "../schema/supergraph.graphql": { loader: "./scripts/api-schema.cjs" } },
  documents: ["src/api/**/*.ts"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/generated/": {
      preset: clientPreset,
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        documentMode: "string",
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
