export interface ScenarioRow {
  scenario: string;
  path: string;
  concurrency: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  statementsPerRequest: number | null;
  errors: number;
  note?: string;
}

export interface BenchResult {
  startedAt: string;
  machine: Record<string, string | number>;
  persons: number;
  rows: ScenarioRow[];
  ratios: { name: string; value: number | null; target: string; met: boolean | null }[];
}

const fixed = (value: number | null, digits = 2) => (value === null ? "–" : value.toFixed(digits));

/** The results as a Markdown page (the README links the latest). */
export function markdown(result: BenchResult): string {
  const lines = [
    `# Benchmark ${result.startedAt}`,
    "",
    `Machine: ${Object.entries(result.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}. Persons: ${result.persons.toLocaleString("en")}.`,
    "",
    "| scenario | path | conc. | req/s | p50 ms | p95 ms | p99 ms | SQL/req | errors |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...result.rows.map(
      (r) =>
        `| ${r.scenario} | ${r.path}${r.note ? ` (${r.note})` : ""} | ${r.concurrency} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} | ${fixed(r.statementsPerRequest)} | ${r.errors} |`,
    ),
    "",
    "| ratio | value | target | met |",
    "|---|---:|---|---|",
    ...result.ratios.map(
      (r) =>
        `| ${r.name} | ${fixed(r.value)} | ${r.target} | ${r.met === null ? "–" : r.met ? "yes" : "**no**"} |`,
    ),
    "",
  ];
  return lines.join("\n");
}

/** Throughput bars per path at the highest concurrency, scenario by scenario. */
export function svgChart(result: BenchResult): string {
  const rows = result.rows.filter(
    (r) => r.concurrency === Math.max(...result.rows.map((x) => x.concurrency)),
  );
  const max = Math.max(1, ...rows.map((r) => r.throughput));
  const barHeight = 22;
  const width = 900;
  const labelWidth = 380;
  const height = rows.length * (barHeight + 6) + 40;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const bars = rows
    .map((r, i) => {
      const y = 30 + i * (barHeight + 6);
      const w = Math.max(1, ((width - labelWidth - 90) * r.throughput) / max);
      return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" font-size="12">${escape(`${r.scenario} · ${r.path}`)}</text>
<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="#3b6ea5"/>
<text x="${labelWidth + w + 6}" y="${y + 15}" font-size="12">${r.throughput} req/s</text>`;
    })
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<text x="10" y="18" font-size="14">Throughput at concurrency ${rows[0]?.concurrency ?? ""} (${escape(result.startedAt)})</text>
${bars}
</svg>
`;
}
