import type { RuntimeConfig } from "./runtime-config";

/**
 * Sign-in in production: the OIDC authorization code flow with PKCE (RFC 7636) against the
 * identity provider the gateway trusts. The app is a public client: no secret, no password of
 * ours, no cookie; the access token it gets is kept in this tab's sessionStorage.
 */
const PENDING = "gongxiang.oidc";

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

function randomString(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export const redirectUri = () => `${window.location.origin}/auth/callback`;

/** Sends the browser to the identity provider. */
export async function beginOidcSignIn(oidc: NonNullable<RuntimeConfig["oidc"]>): Promise<void> {
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))),
  );
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const url = new URL(oidc.authorizationEndpoint);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", oidc.clientId);
  url.searchParams.set("redirect_uri", redirectUri());
  url.searchParams.set("scope", oidc.scope);
  url.searchParams.set("state", state);
  url.searchParams.set("code_challenge", challenge);
  url.searchParams.set("code_challenge_method", "S256");
  window.location.assign(url.toString());
}

/** Exchanges the code the provider sent back for an access token; null if the flow is not ours. */
export async function completeOidcSignIn(
  oidc: NonNullable<RuntimeConfig["oidc"]>,
  params: URLSearchParams,
): Promise<string | null> {
  const pending = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (!pending) return null;
  const { verifier, state } = JSON.parse(pending) as { verifier: string; state: string };
  const code = params.get("code");
  if (!code || params.get("state") !== state) return null;
  const response = await fetch(oidc.tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: verifier,
    }),
    credentials: "omit",
  });
  if (!response.ok) return null;
  const body = (await response.json()) as { access_token?: unknown };
  return typeof body.access_token === "string" ? body.access_token : null;
}
