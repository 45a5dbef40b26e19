import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../config.js";

/** The demo dataset (demo/demo.json): records the demo must hold exactly. */
export interface DemoDataset {
  people: unknown;
  [part: string]: unknown;
}

export async function readDemoDataset(): Promise<DemoDataset> {
  return JSON.parse(
    await readFile(path.join(REPO_ROOT, "demo", "demo.json"), "utf8"),
  ) as DemoDataset;
}
