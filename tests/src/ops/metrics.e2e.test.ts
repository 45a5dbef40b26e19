import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "@gongxiang/scripts";
import { startTestHub, type TestHub } from "../support/test-hub.js";

/**
 * Issue 13, acceptance 1: every service's /metrics counts a request under its operation name,
 * with no citizen ID anywhere in what it shows.
 */
const DONG = "130926193604120317";
// 18 characters standing alone (not the decimals of a float).
const CITIZEN_ID = /(?<![\d.])\d{17}[\dX](?![\d])/;
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ env: { RATE_LIMIT_PER_CALLER_PER_MINUTE: "3" } });
});
afterAll(() => t?.stop());

async function scrape(): Promise<Record<string, string>> {
  const { gateway, subgraphs } = t.hub;
  const urls = {
    gateway: gateway.url,
    ...Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
  };
  const out: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) {
    const response = await fetch(new URL("/metrics", url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    out[name] = await response.text();
  }
  return out;
}

function counted(text: string, operation: string): number {
  const line = new RegExp(
    `^gongxiang_graphql_requests_total\\{[^}]*operation="${operation}"[^}]*\\} (\\d+)`,
    "gm",
  );
  return [...text.matchAll(line)].reduce((sum, m) => sum + Number(m[1]), 0);
}

describe("metrics on every service (issue 13)", () => {
  it("counts one query under its operation name on the gateway and each subgraph it reached, with no citizen ID anywhere", async () => {
    const clerk = await t.token({ sub: "officer-1", dept: "public-security", roles: ["clerk"] });
    const response = await t.query(
      `query OpsProbe {
        personByCitizenId(citizenId: "${DONG}") { name licences { type } }
        serviceItems(first: 1) { totalCount }
        cases(first: 1) { totalCount }
      }`,
      { token: clerk },
    );
    expect(response.status).toBe(200);
    // A client that names its operation after a person: never a label.
    await t.query(`query Q${DONG} { personByCitizenId(citizenId: "${DONG}") { name } }`, {
      token: clerk,
    });
    const metrics = await scrape();
    for (const [service, text] of Object.entries(metrics)) {
      expect({ service, counted: counted(text, "OpsProbe") }).toEqual({
        service,
        counted: expect.any(Number),
      });
      expect(counted(text, "OpsProbe")).toBeGreaterThanOrEqual(1);
      expect(text).not.toMatch(CITIZEN_ID);
      expect(text).not.toContain(DONG);
    }
    expect(counted(metrics.gateway!, "invalid")).toBeGreaterThanOrEqual(1);
    expect(metrics.gateway).toMatch(
      /gongxiang_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="population"/,
    );
    expect(metrics.population).toMatch(
      /gongxiang_access_log_append_duration_seconds_count\{[^}]*\} [1-9]/,
    );
    expect(metrics.population).toMatch(/gongxiang_access_log_batch_entries_sum/);
    expect(metrics.population).toMatch(/gongxiang_sharing_snapshot_age_seconds\{[^}]*\} \d/);
    expect(metrics.licences).toMatch(
      /gongxiang_db_pool_connections\{pool="access_log",state="max"/,
    );
    expect(metrics.cases).toMatch(/gongxiang_outbox_backlog\{state="waiting"/);
  });

  it("counts rate-limit refusals at the gateway", async () => {
    const token = await t.token({ sub: "busy-1", dept: "civil-affairs", roles: ["clerk"] });
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await t.query(`query Busy { serviceItems(first: 1) { totalCount } }`, {
        token,
      });
      codes.push(response.errors?.[0]?.extensions?.code ?? "OK");
    }
    expect(codes).toContain("RATE_LIMITED");
    const { gateway } = await scrape();
    expect(gateway).toMatch(/^gongxiang_rate_limit_refusals_total\{[^}]*\} [1-9]/m);
    expect(gateway).toMatch(
      /gongxiang_graphql_requests_total\{operation="Busy",outcome="RATE_LIMITED"/,
    );
  });

  it("has every figure the Grafana dashboard plots", async () => {
    const dashboard = await readFile(
      path.join(REPO_ROOT, "docker", "grafana", "dashboards", "gongxiang.json"),
      "utf8",
    );
    const plotted = new Set(
      [...dashboard.matchAll(/\b((?:gongxiang|process|nodejs)_[a-z0-9_]+)/g)].map((m) =>
        m[1]!.replace(/_(bucket|sum|count)$/, ""),
      ),
    );
    expect(plotted.size).toBeGreaterThan(8);
    const all = Object.values(await scrape()).join("\n");
    const exported = new Set([...all.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!));
    expect([...plotted].filter((name) => !exported.has(name))).toEqual([]);
  });
});
