import type { Logger, Orm, SubgraphContext, WorkingCalendar } from "@gongxiang/kit";
import type { HubClient } from "@gongxiang/kit";
import type { LicenceSeals } from "./intake/licence-seals.js";
import type { CaseClock } from "./supervision/case-clock.js";
import type { UploadStore } from "./upload/upload-store.js";
import type { DecisionSeals } from "./workflow/decision-seals.js";

export interface CasesDeps {
  /** The cases database, for work outside a request's transaction (completion's second half). */
  orm: Orm;
  gateway: HubClient;
  licenceSeals: LicenceSeals;
  seals: DecisionSeals;
  clock: CaseClock;
  calendar: WorkingCalendar;
  uploads: UploadStore;
  uploadMaxBytes: number;
  log: Logger;
}

/** What the cases base's resolvers receive. */
export type CasesContext = SubgraphContext<CasesDeps>;
