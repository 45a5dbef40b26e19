import { randomBytes } from "node:crypto";
import { SettingError } from "../server/setting-error.js";
import { KeyVault } from "./key-vault.js";

describe("KeyVault", () => {
  const key = randomBytes(32);

  it("opens what it sealed, and seals the same text differently each time", () => {
    const vault = new KeyVault(key, "CASES_MASTER_KEY");
    const a = vault.seal("private key");
    expect(vault.open(a)).toBe("private key");
    expect(vault.seal("private key")).not.toBe(a);
  });

  it("names the setting when the database's keys were sealed with another master key", () => {
    const sealed = new KeyVault(key, "ACCESS_LOG_MASTER_KEY").seal("private key");
    const other = new KeyVault(randomBytes(32), "ACCESS_LOG_MASTER_KEY");
    expect(() => other.open(sealed)).toThrow(SettingError);
    expect(() => other.open(sealed)).toThrow(
      /does not open with this master key.*ACCESS_LOG_MASTER_KEY/,
    );
  });

  it("refuses a changed ciphertext the same way, without echoing it", () => {
    const vault = new KeyVault(key, "LICENCE_SEAL_MASTER_KEY");
    const [iv, tag, body] = vault.seal("private key").split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] ^= 1;
    const tampered = [iv, tag, flipped.toString("base64url")].join(".");
    const opened = () => vault.open(tampered);
    expect(opened).toThrow(SettingError);
    expect(opened).not.toThrow(tampered);
  });
});
