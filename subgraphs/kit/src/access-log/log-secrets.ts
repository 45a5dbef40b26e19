import { createHmac, hkdfSync } from "node:crypto";
import { KeyVault } from "../seal/key-vault.js";

/**
 * What only the log's owner holds, derived from one master key from its configuration (never
 * from the database): the vault its signing key is sealed in, and a MAC key that tags each leaf
 * hash and the verification state, so that whoever can write the database cannot forge them.
 */
export class LogSecrets {
  readonly vault: KeyVault;
  private readonly macKey: Buffer;

  constructor(masterKey: Buffer) {
    this.vault = new KeyVault(masterKey, "ACCESS_LOG_MASTER_KEY");
    this.macKey = Buffer.from(
      hkdfSync("sha256", masterKey, Buffer.alloc(0), "gongxiang access-log mac v1", 32),
    );
  }

  /** A tag over the given parts (separated unambiguously). */
  mac(...parts: (string | Buffer)[]): Buffer {
    const hmac = createHmac("sha256", this.macKey);
    for (const part of parts) {
      const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      hmac.update(length).update(bytes);
    }
    return hmac.digest();
  }

  /** The tag of one leaf hash at its position: a moved, edited or re-hashed leaf loses it. */
  leafMac(partition: string, seq: number, hash: Buffer): Buffer {
    return this.mac("leaf", partition, String(seq), hash).subarray(0, 16);
  }
}
