import { createPrivateKey, createPublicKey, type JsonWebKey } from "node:crypto";
import { compactVerify, decodeProtectedHeader, importJWK, type CryptoKey, type JWK } from "jose";
import type { EntityManager } from "../orm/orm.js";
import { SigningKeys } from "../seal/signing-keys.js";
import { AccessLogKeyEntity } from "./access-log-key.entity.js";
import {
  CHECKPOINT_JWS_TYPE,
  checkpointPayloadSchema,
  type CheckpointPayload,
} from "./checkpoint.js";
import type { LogSecrets } from "./log-secrets.js";

const OWNER = "access-log";
const ALG = "EdDSA";

export type CheckpointCheck =
  { ok: true; payload: CheckpointPayload } | { ok: false; reason: string };

/**
 * The Ed25519 key the log's checkpoints are signed with. Its private half is stored sealed
 * under the master key; a key row counts (is published, verifies) only if its sealed private
 * half opens under that master key and matches its public half, so a key someone added to the
 * database is never trusted.
 */
export class CheckpointKeys {
  private readonly signing: SigningKeys;
  private trusted = new Map<string, { jwk: JWK; key: CryptoKey }>();

  constructor(
    private readonly em: () => EntityManager,
    private readonly secrets: LogSecrets,
  ) {
    this.signing = new SigningKeys(em, secrets.vault, AccessLogKeyEntity, CHECKPOINT_JWS_TYPE);
  }

  /** Creates the key on first start; loads the trusted keys. */
  async ready(): Promise<void> {
    await this.signing.ready(OWNER);
    await this.reload();
  }

  /** Signs a checkpoint's payload; the JWS and the key it names. */
  async sign(payload: string): Promise<{ jws: string; kid: string }> {
    const jws = await this.signing.seal(OWNER, payload);
    const { kid } = decodeProtectedHeader(jws);
    if (typeof kid !== "string") throw new Error("the signing key has no id");
    return { jws, kid };
  }

  /** The public keys of every trusted key, retired ones too (old checkpoints keep verifying). */
  async jwks(): Promise<{ keys: JWK[] }> {
    await this.reload();
    return { keys: [...this.trusted.values()].map((entry) => entry.jwk) };
  }

  /** Checks a checkpoint's signature against the trusted keys and reads its payload. */
  async verify(jws: string): Promise<CheckpointCheck> {
    let kid: unknown;
    try {
      kid = decodeProtectedHeader(jws).kid;
    } catch {
      return { ok: false, reason: "the checkpoint's signature is not a JWS" };
    }
    if (typeof kid !== "string") return { ok: false, reason: "the checkpoint names no key" };
    if (!this.trusted.has(kid)) await this.reload();
    const entry = this.trusted.get(kid);
    if (!entry) return { ok: false, reason: `the checkpoint is signed by an unknown key ${kid}` };
    try {
      const { payload, protectedHeader } = await compactVerify(jws, entry.key, {
        algorithms: [ALG],
      });
      if (protectedHeader.typ !== CHECKPOINT_JWS_TYPE) {
        return { ok: false, reason: "the signature is not a checkpoint's" };
      }
      const parsed = checkpointPayloadSchema.safeParse(
        JSON.parse(new TextDecoder().decode(payload)),
      );
      if (!parsed.success) return { ok: false, reason: "the checkpoint's payload is malformed" };
      return { ok: true, payload: parsed.data };
    } catch {
      return { ok: false, reason: "the checkpoint's signature does not verify" };
    }
  }

  private async reload(): Promise<void> {
    const rows = await this.em().find(AccessLogKeyEntity, {}, { orderBy: { createdAt: "asc" } });
    const trusted = new Map<string, { jwk: JWK; key: CryptoKey }>();
    for (const row of rows) {
      const known = this.trusted.get(row.kid);
      if (known) {
        trusted.set(row.kid, known);
        continue;
      }
      const jwk = this.genuine(row);
      if (jwk) trusted.set(row.kid, { jwk, key: (await importJWK(jwk, ALG)) as CryptoKey });
    }
    this.trusted = trusted;
  }

  private genuine(row: AccessLogKeyEntity): JWK | null {
    try {
      // The public half derived from the private one: a row whose halves do not match is forged.
      const privateJwk = JSON.parse(this.secrets.vault.open(row.privateJwkSealed)) as JsonWebKey;
      const derived = createPublicKey(createPrivateKey({ key: privateJwk, format: "jwk" })).export({
        format: "jwk",
      });
      if (derived.crv !== "Ed25519" || !derived.x || derived.x !== row.publicJwk.x) return null;
      return { kty: "OKP", crv: "Ed25519", x: derived.x, kid: row.kid, alg: ALG, use: "sig" };
    } catch {
      return null;
    }
  }
}
