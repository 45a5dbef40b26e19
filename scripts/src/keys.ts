import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";

/**
 * `npm run keys`: prints a fresh caller-context key pair as .env lines for docker compose.
 * The gateway signs with the private key; the subgraphs verify with the public one.
 */
async function main(): Promise<void> {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const privateJwk = {
    ...(await exportJWK(privateKey)),
    alg: "EdDSA",
    kid: `caller-context-${Date.now().toString(36)}`,
  };
  const { d: _private, ...publicJwk } = privateJwk;
  process.stdout.write(`CALLER_CONTEXT_PRIVATE_JWK='${JSON.stringify(privateJwk)}'\n`);
  process.stdout.write(`CALLER_CONTEXT_PUBLIC_JWK='${JSON.stringify(publicJwk)}'\n`);
  process.stdout.write(`LICENCE_SEAL_MASTER_KEY=${randomBytes(32).toString("base64")}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
