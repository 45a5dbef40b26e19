import { ensureSecret } from "./keys.js";

/** The secret the catalog asks the bases for when they read the sharing rules. */
export function sharingToken(dataDir: string): Promise<string> {
  return ensureSecret(dataDir, "sharing-snapshot");
}

/** What a base needs to read the catalog's sharing rules: where, and the token it presents. */
export async function sharingEnv(catalogUrl: string, dataDir: string) {
  return {
    SHARING_SNAPSHOT_URL: new URL("/sharing/snapshot", catalogUrl).toString(),
    SHARING_SNAPSHOT_TOKEN: await sharingToken(dataDir),
  };
}
