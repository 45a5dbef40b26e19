import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";

/** A demo service item as demo/catalog.json holds it, usable as a ServiceItemInput. */
export async function demoItemInput(code: string): Promise<Record<string, unknown>> {
  const catalog = JSON.parse(
    await readFile(path.join(REPO_ROOT, "demo", "catalog.json"), "utf8"),
  ) as { serviceItems: Record<string, unknown>[] };
  return structuredClone(catalog.serviceItems.find((item) => item.code === code)!);
}
