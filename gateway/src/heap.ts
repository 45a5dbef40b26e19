import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the old generation grow past what the last full collection kept before it
 * collects again, in percent (V8's --heap-growing-percent): 100 lets it double.
 *
 * Measured under the bench's load (issue 14, bench/results/issue-14-gateway-heap.md): the
 * gateway keeps about 45 MB alive (module code, the supergraph schemas and query planner), yet
 * its resident memory reached 260-311 MB. The difference was dead objects in the old
 * generation: with a heap limit sized from the machine's memory, V8 grows the old generation
 * to 4x what survived before collecting it again (its trace says "factor 4.0"), so the peak
 * depended on how long the load ran. Capped at 2x, the peak stays near 2x the live heap plus
 * the young generation (32 MB) and the node binary (47 MB): 186-203 MB under the same load,
 * with no measurable loss of throughput (a full collection of 45 MB costs tens of milliseconds).
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 100;

const GIVEN_TO_NODE = /^--heap[-_]growing[-_]percent(=|$)/;

/**
 * Bounds the old generation's growth for this process (the gateway's own process only: never
 * from startGateway, which may run inside another process). V8 reads the setting each time it
 * sets the next collection's limit, so setting it after start-up is effective. 0 leaves V8's
 * own heuristics alone, and so does a --heap-growing-percent given to node on its command line.
 * Returns whether it set the bound.
 */
export function boundHeapGrowth(
  percent: number,
  execArgv: readonly string[] = process.execArgv,
): boolean {
  if (!Number.isInteger(percent) || percent <= 0) return false;
  if (execArgv.some((arg) => GIVEN_TO_NODE.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}
