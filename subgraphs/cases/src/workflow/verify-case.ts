import type { EntityManager } from "@gongxiang/kit";
import type { SealVerification } from "../case/case.type.js";
import type { DecisionSeals } from "./decision-seals.js";
import { CaseEventEntity } from "./case-event.entity.js";
import { sealedPayload } from "./decision-seals.js";

/**
 * Checks every step's seal: the JWS must verify against the official's key and its payload must
 * be exactly the stored step, so an edited opinion, actor or hash is found and named.
 */
export async function verifyCaseSeals(
  em: EntityManager,
  seals: DecisionSeals,
  caseId: string,
): Promise<SealVerification> {
  const events = await em.find(CaseEventEntity, { caseId }, { orderBy: { id: "asc" } });
  let checked = 0;
  for (const event of events) {
    checked++;
    const check = await seals.verify(event.seal);
    const failure = !check.ok
      ? check.reason
      : check.payload !== sealedPayload(event)
        ? "the stored step differs from what was sealed"
        : null;
    if (failure)
      return {
        ok: false,
        checked,
        firstFailedEventId: String(event.id),
        reason: `${event.action}: ${failure}`,
      };
  }
  return { ok: true, checked, firstFailedEventId: null, reason: null };
}
