/** What the web server tells the app at start (/config.json). */
export interface RuntimeConfig {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** The development sign-in (demo identities); never in production. */
  devSignIn: boolean;
  /** The identity provider the gateway trusts, for the OIDC authorization code flow. */
  oidc: {
    issuer: string;
    authorizationEndpoint: string;
    tokenEndpoint: string;
    clientId: string;
    scope: string;
  } | null;
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch("/config.json", { cache: "no-store" });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as RuntimeConfig;
}

/** The gateway's origin, where the upload route and the development sign-in live. */
export function gatewayOrigin(config: RuntimeConfig): string {
  return new URL(config.gatewayUrl).origin;
}
