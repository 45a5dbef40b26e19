import type { Lang } from "../i18n/i18n";

/** A timestamp from the hub in the reader's language and the country's time zone. */
export function formatTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(date);
}

export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** Fen as yuan. */
export function formatFee(fen: number): string {
  return (fen / 100).toFixed(2);
}
