import path from "node:path";
import { envPrimitives, parseEnv, z } from "@gongxiang/kit";

const schema = z
  .object({
    NODE_ENV: envPrimitives.nodeEnv,
    WEB_PORT: envPrimitives.port(4005),
    /** The app's production build (vite build). */
    WEB_DIST_DIR: z.string().default(path.resolve(__dirname, "../../dist")),
    /** The gateway's GraphQL URL as browsers reach it (the hub runner passes its own). */
    GATEWAY_PUBLIC_URL: envPrimitives.url.optional(),
    /** The identity provider the gateway trusts (OIDC authorization code flow with PKCE). */
    OIDC_ISSUER: z.string().min(1).optional(),
    OIDC_AUTHORIZATION_ENDPOINT: envPrimitives.url.optional(),
    OIDC_TOKEN_ENDPOINT: envPrimitives.url.optional(),
    OIDC_CLIENT_ID: z.string().min(1).default("gongxiang-web"),
    OIDC_SCOPE: z.string().min(1).default("openid"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_AUTHORIZATION_ENDPOINT, env.OIDC_TOKEN_ENDPOINT];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC needs OIDC_ISSUER, OIDC_AUTHORIZATION_ENDPOINT and OIDC_TOKEN_ENDPOINT",
      });
    }
  });

export interface OidcConfig {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  clientId: string;
  scope: string;
}

export interface WebConfig {
  production: boolean;
  port: number;
  distDir: string;
  gatewayUrl: string | null;
  oidc: OidcConfig | null;
  /** The development sign-in page (demo identities); never in production. */
  devSignIn: boolean;
}

/** The web server's validated configuration; the only reader of its environment. */
export function loadWebConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  const parsed = parseEnv(schema, env);
  const production = parsed.NODE_ENV === "production";
  return {
    production,
    port: parsed.WEB_PORT,
    distDir: parsed.WEB_DIST_DIR,
    gatewayUrl: parsed.GATEWAY_PUBLIC_URL ?? null,
    oidc:
      parsed.OIDC_ISSUER && parsed.OIDC_AUTHORIZATION_ENDPOINT && parsed.OIDC_TOKEN_ENDPOINT
        ? {
            issuer: parsed.OIDC_ISSUER,
            authorizationEndpoint: parsed.OIDC_AUTHORIZATION_ENDPOINT,
            tokenEndpoint: parsed.OIDC_TOKEN_ENDPOINT,
            clientId: parsed.OIDC_CLIENT_ID,
            scope: parsed.OIDC_SCOPE,
          }
        : null,
    devSignIn: !production,
  };
}
