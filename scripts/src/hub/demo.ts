import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../config.js";

/** The demo dataset (demo/demo.json): records the demo must hold exactly. */
export interface DemoDataset {
  people: unknown;
  [part: string]: unknown;
}

const readJson = async (file: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(REPO_ROOT, "demo", file), "utf8"));

export async function readDemoDataset(): Promise<DemoDataset> {
  return (await readJson("demo.json")) as DemoDataset;
}

/** The complete demo catalog (demo/catalog.json): items with every key element, classification. */
export function readDemoCatalog(): Promise<unknown> {
  return readJson("catalog.json");
}
