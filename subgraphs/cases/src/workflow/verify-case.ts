import type { EntityManager } from "@gongxiang/kit";
import type { SealVerification } from "../case/case.type.js";
import { caseContentDigests, contentHashOf, genesisHash, sha256 } from "../case/content-hash.js";
import { CaseEntity } from "../case/case.entity.js";
import type { DecisionSeals } from "./decision-seals.js";
import { CaseEventEntity } from "./case-event.entity.js";
import { sealedPayload } from "./decision-seals.js";

const failed = (
  checked: number,
  event: CaseEventEntity | null,
  reason: string,
  field: string | null = null,
): SealVerification => ({
  ok: false,
  checked,
  firstFailedEventId: event ? String(event.id) : null,
  reason,
  field,
});

/**
 * Checks a case's history as a chain and its stored content against the last sealed step: every
 * seal verifies and covers exactly the stored step; the steps run 1, 2, 3... each following the
 * hash of the one before (a deleted step or a reordering breaks it, and is named); and the case
 * as stored now is what the last step was sealed on (an edited field is named).
 */
export async function verifyCaseSeals(
  em: EntityManager,
  seals: DecisionSeals,
  caseId: string,
): Promise<SealVerification> {
  const row = await em.findOneOrFail(CaseEntity, { id: caseId });
  const events = await em.find(CaseEventEntity, { caseId }, { orderBy: { id: "asc" } });
  const stored = new Set(events.map((event) => event.seq));
  let previous = genesisHash(caseId);
  let checked = 0;
  for (const event of events) {
    checked++;
    const what = `event ${event.id} (${event.action})`;
    const check = await seals.verify(event.seal);
    if (!check.ok) return failed(checked, event, `${what}: ${check.reason}`);
    const payload = sealedPayload(event);
    if (check.payload !== payload) {
      return failed(checked, event, `${what}: the stored step differs from what was sealed`);
    }
    if (event.seq === null) {
      return failed(checked, event, `${what}: recorded before histories were chained`);
    }
    if (event.seq !== checked) {
      const moved = stored.has(checked);
      return failed(
        checked,
        event,
        moved
          ? `${what} is step ${event.seq} but is stored where step ${checked} belongs: the history was reordered`
          : `${what} is step ${event.seq} but follows step ${checked - 1}: step ${checked} was deleted`,
      );
    }
    if (event.prevHash !== previous) {
      return failed(
        checked,
        event,
        `${what} is step ${event.seq} and does not follow the step stored before it: the history was reordered`,
      );
    }
    if (event.hash !== sha256(payload)) {
      return failed(checked, event, `${what}: its stored hash is not the hash of what was sealed`);
    }
    if (!event.contentDigests || contentHashOf(event.contentDigests) !== event.contentHash) {
      return failed(checked, event, `${what}: its content digests are not what was sealed`);
    }
    previous = event.hash;
  }
  const last = events.at(-1);
  if (!last) return failed(0, null, "the case has no history");
  const current = caseContentDigests(row);
  const sealed = last.contentDigests!;
  const parts = [...new Set([...Object.keys(sealed), ...Object.keys(current)])].sort();
  const changed = parts.find((part) => sealed[part] !== current[part]);
  if (changed !== undefined) {
    return failed(
      checked,
      last,
      `the stored case's ${changed} is not what the last sealed step (event ${last.id}, ${last.action}) covered`,
      changed,
    );
  }
  if (row.status !== last.toStatus) {
    return failed(
      checked,
      last,
      `the case is ${row.status} but its last sealed step left it ${last.toStatus}`,
      "status",
    );
  }
  return { ok: true, checked, firstFailedEventId: null, reason: null, field: null };
}
