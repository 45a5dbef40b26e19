import type { RulesSource } from "@gongxiang/kit";
import type { ServiceItem } from "./service-item.js";

/** More distinct items than a catalog holds: past this the copies are dropped and read again. */
const MAX_ITEMS = 1_000;

/**
 * The current version of each service item an intake read, kept while the catalog's sharing
 * snapshot stays the same. Every catalog change (an edit, a publication, a withdrawal) moves the
 * snapshot's version, and a base learns of it as it learns of a revoked grant: at once on a
 * Redis notice, else within the poll. So an intake works from an item exactly as long as it
 * works from the sharing rules of the same moment; a base whose rules went stale keeps nothing.
 */
export class CurrentItems {
  private version: string | null = null;
  private readonly items = new Map<string, ServiceItem>();

  constructor(private readonly rules: RulesSource) {}

  /** The version of the rules in force, to read and keep an item under; null: keep nothing. */
  asOf(): string | null {
    return this.rules.current()?.version ?? null;
  }

  /** The item kept under this version: a copy of its own for the caller to change. */
  get(code: string, version: string): ServiceItem | undefined {
    if (version !== this.version) return undefined;
    const item = this.items.get(code);
    return item && structuredClone(item);
  }

  /**
   * Keeps an item read under `version` (asked for before the read: a change meanwhile moves the
   * version, so the copy is not used past it). A draft is never kept: only its officers see it.
   */
  keep(code: string, version: string, item: ServiceItem): void {
    if (item.status === "DRAFT" || version !== this.asOf()) return;
    if (version !== this.version || this.items.size >= MAX_ITEMS) {
      this.items.clear();
      this.version = version;
    }
    this.items.set(code, structuredClone(item));
  }
}
