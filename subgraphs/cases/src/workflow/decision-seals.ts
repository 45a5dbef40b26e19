import { SigningKeys, type EntityManager, type KeyVault } from "@gongxiang/kit";
import type { CaseEventEntity } from "./case-event.entity.js";
import { OfficialKeyEntity } from "./official-key.entity.js";

/** What an official's seal covers: every column of the step but its id and the seal itself. */
export function sealedPayload(event: Omit<CaseEventEntity, "id" | "seal">): string {
  return JSON.stringify([
    event.caseId,
    event.at.toISOString(),
    event.actorSub,
    event.actorDept,
    event.actorRole,
    event.actorSite,
    event.action,
    event.fromStatus,
    event.toStatus,
    event.opinion,
    event.contentHash,
  ]);
}

/** Officials' decision-sealing keys: one per official, created on their first decision. */
export class DecisionSeals extends SigningKeys {
  constructor(em: () => EntityManager, vault: KeyVault) {
    super(em, vault, OfficialKeyEntity, "case-decision+jws");
  }
}
