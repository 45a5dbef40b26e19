/** Administrative levels of service sites (village/community, town/street, county, city). */
export const adminLevels = ["VILLAGE", "TOWN", "COUNTY", "CITY"] as const;
export type AdminLevel = (typeof adminLevels)[number];

/** Handling scopes: where a case may be accepted relative to the applicant's registration. */
export const handlingScopes = ["SITE", "TOWN", "COUNTY", "CITY"] as const;
export type HandlingScope = (typeof handlingScopes)[number];

/**
 * The level of a division code in the 6/9/12-digit forms of GB/T 2260 and its town and village
 * extensions: 12 digits a village, 9 a town, 6 a county (a city when it ends in 00).
 */
export function divisionLevel(code: string): AdminLevel | null {
  if (/^\d{12}$/.test(code)) return code.endsWith("000") ? "TOWN" : "VILLAGE";
  if (/^\d{9}$/.test(code)) return "TOWN";
  if (/^\d{6}$/.test(code)) return code.endsWith("00") ? "CITY" : "COUNTY";
  return null;
}

const scopePrefix: Record<HandlingScope, number> = { SITE: 12, TOWN: 9, COUNTY: 6, CITY: 4 };

/** True when a site may handle a case for someone registered at `home` under the scope. */
export function withinScope(scope: HandlingScope, site: string, home: string): boolean {
  const length = scopePrefix[scope];
  if (scope === "SITE") return site === home;
  return site.length >= length && home.slice(0, length) === site.slice(0, length);
}
