import type { LogAuthority, Orm, SubgraphContext, WorkingCalendar } from "@gongxiang/kit";
import type { SupergraphIndex } from "./binding/supergraph-index.js";
import type { SharingSnapshots } from "./grant/sharing-snapshot.js";

export interface CatalogDeps {
  /** The composed supergraph that bindings and classifications are checked against. */
  supergraph: SupergraphIndex;
  /** Working days for reply deadlines. */
  calendar: WorkingCalendar;
  /** The access log's database (the catalog migrates it and serves its queries). */
  accessLog: Orm;
  /** The sharing rules in force (the bases poll them; publication checks read them). */
  sharing: SharingSnapshots;
  /** The log's checkpoints, proofs and verifications (the catalog owns the log). */
  logAuthority: LogAuthority;
}

/** What the catalog's resolvers receive. */
export type CatalogContext = SubgraphContext<CatalogDeps>;
