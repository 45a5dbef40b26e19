import { SigningKeys, type EntityManager, type KeyVault } from "@gongxiang/kit";
import type { CaseEventEntity } from "./case-event.entity.js";
import { OfficialKeyEntity } from "./official-key.entity.js";

type Sealed = Omit<CaseEventEntity, "id" | "seal" | "hash" | "contentDigests">;

/**
 * What an official's seal covers: every column of the step but its id and the seal itself, and
 * for a chained step its place in the history and the previous step's hash, so a deleted or
 * reordered step breaks the chain after it.
 */
export function sealedPayload(event: Sealed): string {
  const columns = [
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
  ];
  return JSON.stringify(event.seq === null ? columns : [...columns, event.seq, event.prevHash]);
}

/** Officials' decision-sealing keys: one per official, created on their first decision. */
export class DecisionSeals extends SigningKeys {
  constructor(em: () => EntityManager, vault: KeyVault) {
    super(em, vault, OfficialKeyEntity, "case-decision+jws");
  }
}
