import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";

/**
 * A demo service item as demo/catalog.json holds it, usable as a ServiceItemInput (what it
 * publishes of its handling is set apart, by setItemDisclosure).
 */
export async function demoItemInput(code: string): Promise<Record<string, unknown>> {
  const catalog = JSON.parse(
    await readFile(path.join(REPO_ROOT, "demo", "catalog.json"), "utf8"),
  ) as { serviceItems: Record<string, unknown>[] };
  const { disclosure: _published, ...item } = catalog.serviceItems.find((i) => i.code === code)!;
  return structuredClone(item);
}
