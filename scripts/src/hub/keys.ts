import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK } from "jose";

/**
 * A key pair kept under the data directory: created once, reused on every start.
 * The private part stays in a 0600 file; only the public part is ever handed out.
 */
export async function ensureKeyPair(
  dataDir: string,
  name: string,
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const file = path.join(dataDir, "keys", `${name}.jwk.json`);
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const jwk = await exportJWK(privateKey);
    jwk.kid = `${name}-${Date.now().toString(36)}`;
    jwk.alg = "EdDSA";
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  const privateJwk = JSON.parse(await readFile(file, "utf8")) as JWK;
  const { d: _private, ...publicJwk } = privateJwk;
  return { privateJwk, publicJwk };
}

/** A random 32-byte secret (base64) kept under the data directory, created once. */
export async function ensureSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, "keys", `${name}.key`);
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return (await readFile(file, "utf8")).trim();
}
