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
import type { EntityManager } from "../orm/orm.js";
import type { KeyVault } from "./key-vault.js";

const ALG = "EdDSA";

/** The row a signing key is stored in (each service maps it to a table of its own). */
export interface SigningKeyRow {
  kid: string;
  /** Whose key: a department, an official. */
  owner: string;
  publicJwk: Record<string, unknown>;
  /** The private JWK, AES-256-GCM encrypted under the service's master key. */
  privateJwkSealed: string;
  createdAt: Date;
  retiredAt: Date | null;
}

export type SealCheck = { ok: true; kid: string; payload: string } | { ok: false; reason: string };

/**
 * Ed25519 signing keys, one current key per owner, created on first use and persisted (private
 * parts encrypted, never logged, never served); every key, retired ones included, verifies.
 */
export class SigningKeys {
  private readonly signing = new Map<string, { kid: string; key: CryptoKey }>();
  private readonly verifying = new Map<string, CryptoKey>();

  constructor(
    private readonly em: () => EntityManager,
    private readonly vault: KeyVault,
    private readonly entity: new () => SigningKeyRow,
    private readonly typ: string,
  ) {}

  /**
   * Loads (or creates) the owner's key now, so that signing inside a transaction never needs a
   * second database connection.
   */
  async ready(owner: string): Promise<void> {
    await this.currentKey(owner);
  }

  /** Signs `payload` as a compact JWS with the owner's current key. */
  async seal(owner: string, payload: string): Promise<string> {
    const { kid, key } = await this.currentKey(owner);
    return new CompactSign(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg: ALG, kid, typ: this.typ })
      .sign(key);
  }

  async verify(token: string): Promise<SealCheck> {
    let kid: string | undefined;
    try {
      const header = JSON.parse(
        Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8"),
      ) as { kid?: unknown };
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
    const rows = await this.em().find(this.entity, {}, { orderBy: { createdAt: "asc" } });
    return {
      keys: rows.map((row) => ({ ...row.publicJwk, kid: row.kid, alg: ALG, use: "sig" }) as JWK),
    };
  }

  /** Retires the owner's key and creates a new one; old seals keep verifying. */
  async rotate(owner: string): Promise<string> {
    await this.em().nativeUpdate(
      this.entity,
      { owner, retiredAt: null },
      { retiredAt: new Date() },
    );
    this.signing.delete(owner);
    return (await this.currentKey(owner)).kid;
  }

  private async currentKey(owner: string): Promise<{ kid: string; key: CryptoKey }> {
    const cached = this.signing.get(owner);
    if (cached) return cached;
    const em = this.em();
    let row = await em.findOne(this.entity, { owner, retiredAt: null });
    if (!row) {
      const { privateKey } = await generateKeyPair(ALG, { crv: "Ed25519", extractable: true });
      const privateJwk = await exportJWK(privateKey);
      const { d: _private, ...publicJwk } = privateJwk;
      const fresh = em.create(this.entity, {
        kid: `${owner.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 40)}-${randomUUID().slice(0, 8)}`,
        owner,
        publicJwk,
        privateJwkSealed: this.vault.seal(JSON.stringify(privateJwk)),
        createdAt: new Date(),
        retiredAt: null,
      });
      // One current key per owner: a concurrent creator loses on the unique index.
      row = await em
        .insert(this.entity, fresh)
        .then(() => fresh)
        .catch(() => em.findOneOrFail(this.entity, { owner, retiredAt: null }));
    }
    const privateJwk = JSON.parse(this.vault.open(row.privateJwkSealed)) as JWK;
    const entry = { kid: row.kid, key: (await importJWK(privateJwk, ALG)) as CryptoKey };
    this.signing.set(owner, entry);
    return entry;
  }

  private async publicKey(kid: string): Promise<CryptoKey | undefined> {
    const cached = this.verifying.get(kid);
    if (cached) return cached;
    const row = await this.em().findOne(this.entity, { kid });
    if (!row) return undefined;
    const key = (await importJWK(row.publicJwk as JWK, ALG)) as CryptoKey;
    this.verifying.set(kid, key);
    return key;
  }
}
