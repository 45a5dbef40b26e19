import { randomUUID } from "node:crypto";
import {
  CompactSign,
  compactVerify,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from "jose";
import type { EntityManager } from "@gongxiang/kit";
import type { KeyVault } from "./key-vault.js";
import { SealKeyEntity } from "./seal-key.entity.js";

const ALG = "EdDSA";

export type SealCheck = { ok: true; kid: string; payload: string } | { ok: false; reason: string };

/**
 * The departments' sealing keys: created once per department and persisted (private parts
 * encrypted, never logged, never served); every key, retired ones included, is in the JWKS.
 */
export class SealKeys {
  private readonly signing = new Map<string, { kid: string; key: CryptoKey }>();
  private readonly verifying = new Map<string, CryptoKey>();

  constructor(
    private readonly em: () => EntityManager,
    private readonly vault: KeyVault,
  ) {}

  /** Seals `payload` as a compact JWS with the department's current key. */
  async seal(department: string, payload: string): Promise<string> {
    const { kid, key } = await this.currentKey(department);
    return new CompactSign(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg: ALG, kid, typ: "licence+jws" })
      .sign(key);
  }

  async verify(token: string): Promise<SealCheck> {
    let kid: string | undefined;
    try {
      const header = JSON.parse(
        Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8"),
      ) as {
        kid?: unknown;
      };
      kid = typeof header.kid === "string" ? header.kid : undefined;
    } catch {
      return { ok: false, reason: "the seal is not a JWS" };
    }
    if (!kid) return { ok: false, reason: "the seal names no key" };
    const key = await this.publicKey(kid);
    if (!key) return { ok: false, reason: `no sealing key ${kid}` };
    try {
      const { payload } = await compactVerify(token, key, { algorithms: [ALG] });
      return { ok: true, kid, payload: new TextDecoder().decode(payload) };
    } catch {
      return { ok: false, reason: "the seal's signature does not verify" };
    }
  }

  /** Every public key ever used, as a JWKS. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const rows = await this.em().find(SealKeyEntity, {}, { orderBy: { createdAt: "asc" } });
    return {
      keys: rows.map((row) => ({ ...row.publicJwk, kid: row.kid, alg: ALG, use: "sig" }) as JWK),
    };
  }

  /** Retires the department's key and creates a new one; old seals keep verifying. */
  async rotate(department: string): Promise<string> {
    const em = this.em();
    await em.nativeUpdate(
      SealKeyEntity,
      { department, retiredAt: null },
      { retiredAt: new Date() },
    );
    this.signing.delete(department);
    return (await this.currentKey(department)).kid;
  }

  private async currentKey(department: string): Promise<{ kid: string; key: CryptoKey }> {
    const cached = this.signing.get(department);
    if (cached) return cached;
    const em = this.em();
    let row = await em.findOne(SealKeyEntity, { department, retiredAt: null });
    if (!row) {
      const { privateKey } = await generateKeyPair(ALG, { crv: "Ed25519", extractable: true });
      const privateJwk = await exportJWK(privateKey);
      const { d: _private, ...publicJwk } = privateJwk;
      row = em.create(SealKeyEntity, {
        kid: `${department}-${randomUUID().slice(0, 8)}`,
        department,
        publicJwk,
        privateJwkSealed: this.vault.seal(JSON.stringify(privateJwk)),
        createdAt: new Date(),
        retiredAt: null,
      });
      // One current key per department: a concurrent creator loses on the unique index.
      await em.insert(SealKeyEntity, row).catch(async () => {
        row = await em.findOneOrFail(SealKeyEntity, { department, retiredAt: null });
      });
    }
    const privateJwk = JSON.parse(this.vault.open(row.privateJwkSealed)) as JWK;
    const entry = { kid: row.kid, key: (await importJWK(privateJwk, ALG)) as CryptoKey };
    this.signing.set(department, entry);
    return entry;
  }

  private async publicKey(kid: string): Promise<CryptoKey | undefined> {
    const cached = this.verifying.get(kid);
    if (cached) return cached;
    const row = await this.em().findOne(SealKeyEntity, { kid });
    if (!row) return undefined;
    const key = (await importJWK(row.publicJwk as JWK, ALG)) as CryptoKey;
    this.verifying.set(kid, key);
    return key;
  }
}
