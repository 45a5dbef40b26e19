import {
  accessLogEntryId,
  accessLogPartitionName,
  type EntityManager,
  type InclusionProof,
  type LogEntry,
} from "@gongxiang/kit";
import { DataResourceEntity } from "../data-resource/data-resource.entity.js";
import { ServiceItemEntity } from "../service-item/service-item.entity.js";
import { ItemStatus } from "../service-item/service-item.enums.js";
import { ServiceSiteEntity } from "../site/service-site.entity.js";
import {
  BASE_NAMES,
  DATA_ITEM_LABELS,
  DEPARTMENT_NAMES,
  RELEASED,
  ROLE_NAMES,
  chineseName,
  outcomeText,
} from "./access-log.labels.js";
import type { AccessLogEntry } from "./access-log.type.js";

/** An entry as the API shows it, with the stored entry behind it (for its proof). */
export type EntryView = AccessLogEntry & {
  entry: LogEntry;
  /** Its inclusion proof, fetched for the whole page at once when the first one is asked for. */
  loadProof: () => Promise<InclusionProof | null>;
};

interface Names {
  items: Map<string, string>;
  sites: Map<string, string>;
  labels: Map<string, string>;
}

/** The catalog's names for what a page of entries mentions: three lookups per page. */
async function lookupNames(em: EntityManager, entries: LogEntry[]): Promise<Names> {
  const codes = [...new Set(entries.map((e) => e.itemCode).filter((c): c is string => !!c))];
  const sites = [...new Set(entries.map((e) => e.callerSite).filter((s): s is string => !!s))];
  const unlabeled = [
    ...new Set(entries.flatMap((e) => Object.keys(e.items)).filter((i) => !DATA_ITEM_LABELS[i])),
  ];
  const [itemRows, siteRows, resourceRows] = await Promise.all([
    codes.length
      ? em.find(
          ServiceItemEntity,
          { code: { $in: codes }, status: { $ne: ItemStatus.DRAFT } },
          { orderBy: { version: "asc" }, fields: ["code", "name", "version"] },
        )
      : [],
    sites.length ? em.find(ServiceSiteEntity, { code: { $in: sites } }) : [],
    unlabeled.length ? em.find(DataResourceEntity, { item: { $in: unlabeled } }) : [],
  ]);
  const labels = new Map<string, string>();
  for (const row of resourceRows) {
    const name = chineseName(row.description);
    if (name) labels.set(row.item, name);
  }
  return {
    // The latest version's name (rows come oldest first).
    items: new Map(itemRows.map((row) => [row.code, row.name])),
    sites: new Map(siteRows.map((row) => [row.code, row.name])),
    labels,
  };
}

const chinaTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

function view(
  entry: LogEntry,
  names: Names,
  proofs: () => Promise<Map<LogEntry, InclusionProof>>,
): EntryView {
  const items = Object.entries(entry.items)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([item, outcome]) => ({
      item,
      label: DATA_ITEM_LABELS[item] ?? names.labels.get(item) ?? item,
      outcome,
      outcomeText: outcomeText(outcome),
    }));
  const departmentName = entry.callerDept ? (DEPARTMENT_NAMES[entry.callerDept] ?? null) : null;
  const siteName = entry.callerSite
    ? (names.sites.get(entry.callerSite) ?? `区划 ${entry.callerSite}`)
    : null;
  const roles = entry.callerRoles.map((role) => ROLE_NAMES[role] ?? role);
  const readerText =
    entry.callerDept === null
      ? "公民本人"
      : [departmentName ?? entry.callerDept, siteName, roles.join("、")].filter(Boolean).join(" ");
  const serviceItemName = entry.itemCode ? (names.items.get(entry.itemCode) ?? null) : null;
  const itemWords = `「${serviceItemName ?? entry.itemCode}」`;
  const purposeText = entry.caseNumber
    ? `办理${itemWords}（办件编号 ${entry.caseNumber}）`
    : entry.purpose?.startsWith("case:")
      ? "办理一件未经确认的办件"
      : entry.itemCode
        ? `办理${itemWords}`
        : "未说明用途";
  const released = items.some((item) => RELEASED.has(item.outcome));
  const used = items.map((item) => `${item.label}（${item.outcomeText}）`).join("、");
  return {
    entry,
    id: accessLogEntryId(entry),
    partition: accessLogPartitionName(entry),
    at: entry.at,
    requestId: entry.requestId,
    callerSub: entry.callerSub,
    callerDept: entry.callerDept,
    departmentName,
    callerRoles: entry.callerRoles,
    callerSite: entry.callerSite,
    siteName,
    readerText,
    purpose: entry.purpose,
    serviceItemCode: entry.itemCode,
    serviceItemName,
    caseNumber: entry.caseNumber,
    purposeText,
    subjectCitizenId: entry.subject,
    base: entry.base,
    items,
    released,
    summary: `${chinaTime.format(new Date(entry.at))}，${readerText}为${purposeText}，向${BASE_NAMES[entry.base] ?? entry.base}${released ? "调用了" : "请求了"}：${used}。`,
    proof: null,
    loadProof: async () => (await proofs()).get(entry) ?? null,
  };
}

/** Entries with the names people know them by (service item, site, labels), in Chinese. */
export async function entryViews(
  em: EntityManager,
  entries: LogEntry[],
  prove: (entries: LogEntry[]) => Promise<Map<LogEntry, InclusionProof>>,
): Promise<EntryView[]> {
  const names = await lookupNames(em, entries);
  let proofs: Promise<Map<LogEntry, InclusionProof>> | null = null;
  const pageProofs = () => (proofs ??= prove(entries));
  return entries.map((entry) => view(entry, names, pageProofs));
}
