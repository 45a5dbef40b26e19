import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadGatewayConfig } from "./config.js";
import { boundHeapGrowth, DEFAULT_HEAP_GROWING_PERCENT } from "./heap.js";

/**
 * The factors V8 applied when it set the old generation's next limit, in a fresh process that
 * calls boundHeapGrowth(percent) after start-up and then promotes garbage into the old
 * generation (V8 prints "[HeapController] Limit: old size: .., new limit: .. (factor)").
 */
function limitFactors(percent: number, nodeArgs: string[] = []): string[] {
  const probe = `
    require(process.argv[1]).boundHeapGrowth(Number(process.argv[2]));
    const live = Array.from({ length: 40 }, (_, i) => new Array(50000).fill(i).map(String));
    let kept = [];
    for (let i = 0; i < 400; i++) {
      kept.push(new Array(20000).fill(i).map(String));
      if (kept.length > 30) kept.shift();
    }
    if (live.length !== 40) process.exit(2);
  `;
  const run = spawnSync(
    process.execPath,
    [
      ...nodeArgs,
      "--trace-gc-verbose",
      "-e",
      probe,
      path.join(__dirname, "heap.js"),
      String(percent),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`the probe failed:\n${run.stderr}`);
  return [...run.stdout.matchAll(/\[HeapController\] Limit: .*\((\d+\.\d)\)/g)].map((m) => m[1]!);
}

describe("the gateway's bound on old-generation growth (issue 14)", () => {
  it("is 100% unless configured: the old generation at most doubles between full collections", () => {
    const env = {
      DEV_ISSUER_JWKS_FILE: "/dev/null",
      CALLER_CONTEXT_PRIVATE_JWK: JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "x", d: "d" }),
    };
    expect(DEFAULT_HEAP_GROWING_PERCENT).toBe(100);
    expect(loadGatewayConfig(env).heapGrowingPercent).toBe(100);
    expect(loadGatewayConfig({ ...env, HEAP_GROWING_PERCENT: "0" }).heapGrowingPercent).toBe(0);
  });

  it("takes effect when set after start-up: V8 sets its next limits at 2x", () => {
    const factors = limitFactors(100);
    expect(factors.length).toBeGreaterThan(0);
    expect(new Set(factors)).toEqual(new Set(["2.0"]));
  });

  it("leaves V8's own heuristics alone at 0 (which grow the old generation by up to 4x)", () => {
    const factors = limitFactors(0);
    expect(factors.length).toBeGreaterThan(0);
    expect(factors).not.toContain("2.0");
    expect(boundHeapGrowth(0)).toBe(false);
  });

  it("leaves a --heap-growing-percent given to node alone", () => {
    expect(new Set(limitFactors(100, ["--heap-growing-percent=50"]))).toEqual(new Set(["1.5"]));
    expect(boundHeapGrowth(100, ["--heap_growing_percent=50"])).toBe(false);
  });
});
