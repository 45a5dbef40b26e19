import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";
import { parse } from "yaml";
import { composeServices } from "../support/compose-stack.js";

/** Every module that reads settings, and the fragments the services spread into theirs. */
const CONFIG_MODULES = [
  "gateway/src/config.ts",
  "scripts/src/config.ts",
  "subgraphs/population/src/config.ts",
  "subgraphs/licences/src/config.ts",
  "subgraphs/catalog/src/config.ts",
  "subgraphs/cases/src/config.ts",
  "subgraphs/kit/src/access/enforcement-env.ts",
  "subgraphs/kit/src/telemetry/telemetry-env.ts",
  "subgraphs/kit/src/telemetry/tracing/config.ts",
];

async function documented(): Promise<Set<string>> {
  const readme = await readFile(path.join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Settings"), readme.indexOf("## Operating it"));
  const names = new Set<string>();
  for (const row of section.split("\n").filter((line) => line.startsWith("| `"))) {
    const first = row.split("|")[1]!;
    for (const m of first.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(m[1]!);
  }
  return names;
}

describe("settings (issue 13)", () => {
  it("documents every setting a config module reads in the README's table", async () => {
    const read = new Set<string>();
    for (const file of CONFIG_MODULES) {
      const text = await readFile(path.join(REPO_ROOT, file), "utf8");
      for (const m of text.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)) read.add(m[1]!);
    }
    expect(read.size).toBeGreaterThan(50);
    const table = await documented();
    expect([...read].filter((name) => !table.has(name)).sort()).toEqual([]);
  });

  it("documents every variable docker-compose.yml gives the services", async () => {
    const table = await documented();
    const given = new Set<string>();
    for (const service of Object.values(await composeServices())) {
      for (const name of Object.keys(service.environment ?? {})) given.add(name);
    }
    expect([...given].filter((name) => !table.has(name)).sort()).toEqual([]);
  });

  it("has Prometheus scrape every hub service on its metrics port", async () => {
    const prometheus = parse(
      await readFile(path.join(REPO_ROOT, "docker", "prometheus", "prometheus.yml"), "utf8"),
    ) as {
      scrape_configs: { dns_sd_configs?: { names: string[]; port: number }[] }[];
    };
    const targets = new Set(
      prometheus.scrape_configs.flatMap((job) =>
        (job.dns_sd_configs ?? []).flatMap((sd) => sd.names.map((name) => `${name}:${sd.port}`)),
      ),
    );
    const services = Object.entries(await composeServices());
    expect(services.length).toBe(5);
    for (const [name, service] of services) {
      expect(targets).toContain(`${name}:${service.environment?.METRICS_PORT}`);
    }
  });
});
