import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { CallerContextSigner } from "@gongxiang/kit/contracts";
import type { AccessTokenVerifier } from "../auth/access-token.js";
import type { GatewayConfig } from "../config.js";
import type { GatewayContext } from "../context.js";
import type { RateLimiter } from "../limits/rate-limiter.js";
import { corsIntercept } from "./cors.js";
import { devTokenRoutes } from "./dev-token.js";
import { loadDocumentManifest, persistedDocuments } from "./persisted-documents.js";
import { UPLOAD_PATH, uploadProxy } from "./upload-proxy.js";

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface BrowserSupport {
  intercept: (req: IncomingMessage, res: ServerResponse) => boolean;
  routes: Record<string, Route>;
  plugin: ApolloServerPlugin<GatewayContext>;
}

/**
 * Everything the gateway adds for browser apps, in one place: CORS, persisted and trusted
 * documents, the streamed upload route and (outside production) the development sign-in.
 */
export async function browserSupport(
  config: GatewayConfig,
  parts: {
    tokens: AccessTokenVerifier;
    rateLimiter: RateLimiter;
    signer: CallerContextSigner;
    casesUrl: () => string | undefined;
  },
): Promise<BrowserSupport> {
  const browser = config.browser;
  const manifest = await loadDocumentManifest(
    browser.documentsFile,
    browser.trustedDocuments !== "off",
  );
  const routes: Record<string, Route> = {
    [UPLOAD_PATH]: uploadProxy({ ...parts, maxBytes: browser.uploadMaxBytes }),
  };
  if (browser.devSignIn && !config.production) {
    Object.assign(
      routes,
      await devTokenRoutes({
        ...browser.devSignIn,
        audience: config.audience,
        clientId: browser.clientIds[0] ?? "gongxiang-web",
      }),
    );
  }
  return {
    intercept: corsIntercept(browser.allowedOrigins),
    routes,
    plugin: persistedDocuments(manifest, browser.trustedDocuments, browser.clientIds),
  };
}
