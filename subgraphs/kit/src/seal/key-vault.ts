import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { SettingError } from "../server/setting-error.js";

/** Encrypts private keys at rest (AES-256-GCM) so a database dump does not leak them. */
export class KeyVault {
  /** `setting` names where the master key comes from, for the operator when it is the wrong one. */
  constructor(
    private readonly masterKey: Buffer,
    private readonly setting: string,
  ) {
    if (masterKey.length !== 32) throw new Error("the seal master key must be 32 bytes");
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.masterKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
  }

  open(sealed: string): string {
    const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.masterKey, iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
    } catch {
      // GCM's own message ("unable to authenticate data") tells an operator nothing.
      throw new SettingError(
        this.setting,
        "a private key stored in the database does not open with this master key (sealed with another, or changed)",
        `set ${this.setting} to the key this database was set up with, or start on a fresh database`,
      );
    }
  }
}
