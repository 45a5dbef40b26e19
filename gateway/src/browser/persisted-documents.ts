import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../context.js";
import { badRequest } from "../limits/request-checks.js";

/** Who is held to the manifest: nobody, browser clients, or every caller. */
export type TrustedDocumentsMode = "off" | "browser" | "all";

/** A persisted-document manifest: SHA-256 (hex) of a document's text -> the text. */
export type DocumentManifest = ReadonlyMap<string, string>;

/** What runs in place of a refused document: nothing of the caller's is parsed. */
const PLACEHOLDER = "query Refused { __typename }";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Reads a manifest as GraphQL Code Generator's client preset exports it (`{ "sha256:<hex>":
 * "<document>" }`, the GraphQL-over-HTTP document id; a bare hex id is read too), checking that
 * each id is the SHA-256 of its text, so an id always names exactly one document. A missing
 * file is an empty manifest unless documents must be trusted.
 */
export async function loadDocumentManifest(
  file: string,
  required: boolean,
): Promise<DocumentManifest> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (!required && (error as { code?: string }).code === "ENOENT") return new Map();
    throw new Error(`the persisted-document manifest ${file} cannot be read`, { cause: error });
  }
  const entries = Object.entries(JSON.parse(text) as Record<string, unknown>);
  const manifest = new Map<string, string>();
  for (const [id, document] of entries) {
    const hex = id.replace(/^sha256:/, "");
    if (typeof document !== "string" || sha256(document) !== hex) {
      throw new Error(`the manifest ${file} lists ${id}, which is not the SHA-256 of its document`);
    }
    manifest.set(hex, document);
  }
  return manifest;
}

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

/**
 * Persisted documents and trusted documents. A client may send a manifest id in place of the
 * text (`extensions.persistedQuery.sha256Hash`, Apollo's wire format, which the web app uses):
 * the gateway runs the manifest's document. Ids are never registered at run time (no automatic
 * persisted queries): the manifest is what was built and reviewed. When trusted documents are
 * on, a browser client may run only the manifest's documents (by id, or by the identical
 * text): a counter token stolen from a browser cannot run arbitrary queries. A browser client
 * is a request with an Origin header (a page cannot leave it out) or one whose token was issued
 * to a browser app (`azp` / `client_id` among BROWSER_CLIENT_IDS), wherever it is replayed from.
 */
export function persistedDocuments(
  manifest: DocumentManifest,
  mode: TrustedDocumentsMode,
  browserClientIds: readonly string[],
): ApolloServerPlugin<GatewayContext> {
  const browserApps = new Set(browserClientIds);
  return {
    requestDidStart: ({ request, contextValue }) => {
      // A refusal is answered from didResolveOperation, where Apollo turns a thrown error into
      // a typed response (here it would be a 500); meanwhile nothing of the refused document
      // is parsed or validated: a placeholder stands in for it.
      let refusal: GraphQLError | null = null;
      const refuse = (error: GraphQLError) => {
        refusal = error;
        request.query = PLACEHOLDER;
        request.operationName = "Refused";
        request.variables = {};
      };
      const extension = request.extensions?.persistedQuery as PersistedQueryExtension | undefined;
      if (extension !== undefined) {
        // Handled here: Apollo's own persisted queries would register unknown documents.
        const { persistedQuery: _handled, ...rest } = request.extensions!;
        request.extensions = rest;
        const id =
          typeof extension.sha256Hash === "string"
            ? extension.sha256Hash.replace(/^sha256:/, "")
            : null;
        if (extension.version !== 1 || id === null) {
          refuse(badRequest("BAD_USER_INPUT", "persistedQuery needs version 1 and a sha256Hash"));
        } else if (request.query === undefined) {
          const document = manifest.get(id);
          if (document === undefined) {
            refuse(
              new GraphQLError("PersistedQueryNotFound", {
                extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } },
              }),
            );
          } else {
            request.query = document;
          }
        } else if (sha256(request.query) !== id) {
          refuse(badRequest("BAD_USER_INPUT", "the sha256Hash is not the document's"));
        }
      }
      const browser =
        request.http?.headers.get("origin") !== undefined ||
        (contextValue.clientId !== null && browserApps.has(contextValue.clientId));
      const held = mode === "all" || (mode === "browser" && browser);
      if (
        refusal === null &&
        held &&
        typeof request.query === "string" &&
        !manifest.has(sha256(request.query))
      ) {
        refuse(
          new GraphQLError(
            "only the documents of the published manifest are accepted from this client",
            { extensions: { code: "FORBIDDEN", http: { status: 403 } } },
          ),
        );
      }
      return Promise.resolve({
        didResolveOperation: () => (refusal ? Promise.reject(refusal) : Promise.resolve()),
      });
    },
  };
}
