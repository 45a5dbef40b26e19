import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";

/**
 * `npm run keys`: prints fresh keys as .env lines for docker compose: the caller-context pair
 * (the gateway signs, the subgraphs verify), the token keys of the bases that call the hub
 * themselves (cases, licences; their public parts are served for the gateway), the master keys
 * for data at rest, and the token the bases present to read the catalog's sharing rules.
 */
async function keyPair(name: string) {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const privateJwk = {
    ...(await exportJWK(privateKey)),
    alg: "EdDSA",
    kid: `${name}-${Date.now().toString(36)}`,
  };
  const { d: _private, ...publicJwk } = privateJwk;
  return { privateJwk, publicJwk };
}

async function main(): Promise<void> {
  const caller = await keyPair("caller-context");
  const cases = await keyPair("cases-service");
  const licences = await keyPair("licences-service");
  const line = (name: string, value: string) => process.stdout.write(`${name}=${value}\n`);
  line("CALLER_CONTEXT_PRIVATE_JWK", `'${JSON.stringify(caller.privateJwk)}'`);
  line("CALLER_CONTEXT_PUBLIC_JWK", `'${JSON.stringify(caller.publicJwk)}'`);
  line("CASES_SERVICE_PRIVATE_JWK", `'${JSON.stringify(cases.privateJwk)}'`);
  line("LICENCES_SERVICE_PRIVATE_JWK", `'${JSON.stringify(licences.privateJwk)}'`);
  line("LICENCE_SEAL_MASTER_KEY", randomBytes(32).toString("base64"));
  line("CASES_MASTER_KEY", randomBytes(32).toString("base64"));
  line("ACCESS_LOG_MASTER_KEY", randomBytes(32).toString("base64"));
  line("SHARING_SNAPSHOT_TOKEN", randomBytes(32).toString("base64url"));
  line("CLIENT_ADDRESS_SECRET", randomBytes(32).toString("base64url"));
  line("SCREENING_TOKEN", randomBytes(32).toString("base64url"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
