import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import type { EntityManager, Orm } from "@gongxiang/kit";

/** Where scans are kept, encrypted; the metadata (hash, size, type) stays in case_upload. */
export interface UploadStore {
  /** Stores a scan; `em` is the transaction recording it (a database store joins it). */
  put(id: string, content: Buffer, em: EntityManager): Promise<void>;
  get(id: string): Promise<Buffer | null>;
}

/** AES-256-GCM with a key derived from the cases master key for this purpose only. */
export class UploadCipher {
  private readonly key: Buffer;

  /** `purpose` names what the derived key is for: a key serves one purpose only. */
  constructor(masterKey: Buffer, purpose = "gongxiang uploads") {
    this.key = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), purpose, 32));
  }

  encrypt(plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): Buffer {
    const decipher = createDecipheriv("aes-256-gcm", this.key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  }
}

/** Scans in the cases database (the default: one backup covers them). */
export class PostgresUploadStore implements UploadStore {
  constructor(
    private readonly orm: Orm,
    private readonly cipher: UploadCipher,
  ) {}

  async put(id: string, content: Buffer, em: EntityManager): Promise<void> {
    await em.execute("insert into case_upload_content (upload_id, content) values (?, ?)", [
      id,
      this.cipher.encrypt(content),
    ]);
  }

  async get(id: string): Promise<Buffer | null> {
    const rows: { content: Buffer }[] = await this.orm
      .fork()
      .getConnection()
      .execute("select content from case_upload_content where upload_id = ?", [id]);
    return rows[0] ? this.cipher.decrypt(rows[0].content) : null;
  }
}

/** Scans as files under a directory (for large volumes on a separate disk). */
export class FileUploadStore implements UploadStore {
  constructor(
    private readonly directory: string,
    private readonly cipher: UploadCipher,
  ) {}

  async put(id: string, content: Buffer): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const file = path.join(this.directory, `${id}.bin`);
    await writeFile(`${file}.tmp`, this.cipher.encrypt(content), { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }

  async get(id: string): Promise<Buffer | null> {
    try {
      return this.cipher.decrypt(await readFile(path.join(this.directory, `${id}.bin`)));
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return null;
      throw error;
    }
  }
}
