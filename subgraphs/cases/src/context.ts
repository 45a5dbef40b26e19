import type { Logger, Orm, SubgraphContext, WorkingCalendar } from "@gongxiang/kit";
import type { HubClient } from "@gongxiang/kit";
import type { CurrentItems } from "./intake/current-items.js";
import type { LicenceSeals } from "./intake/licence-seals.js";
import type { CaseClock } from "./supervision/case-clock.js";
import type { PublishedSettings } from "./disclosure/published-settings.js";
import type { PublicationScreen } from "./message/redaction.js";
import type { UploadCipher, UploadStore } from "./upload/upload-store.js";
import type { DecisionSeals } from "./workflow/decision-seals.js";

/** What the residents' channel (我有话说) needs. */
export interface MessageDeps {
  /** Contact phones, encrypted at rest. */
  phones: UploadCipher;
  /** Blanks personal data out of what is published. */
  screen: PublicationScreen;
  replyWorkingDays: number;
  caps: {
    perAddressPerDay: number;
    perCitizenPerDay: number;
    anonymousPerDepartmentPerDay: number;
  };
}

export interface CasesDeps {
  messages: MessageDeps;
  /** 阳光红页: what each item publishes, and the smallest count published. */
  disclosure: { settings: PublishedSettings; minimumCount: number };
  /** The cases database, for work outside a request's transaction (completion's second half). */
  orm: Orm;
  gateway: HubClient;
  /** Service items as last read, while the catalog is unchanged. */
  items: CurrentItems;
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
