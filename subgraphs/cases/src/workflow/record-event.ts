import type { Caller, EntityManager } from "@gongxiang/kit";
import { caseContentDigests, contentHashOf, genesisHash, sha256 } from "../case/content-hash.js";
import type { CaseEntity } from "../case/case.entity.js";
import type { CasesDeps } from "../context.js";
import { CaseEventEntity } from "./case-event.entity.js";
import { sealedPayload } from "./decision-seals.js";

/** A step of a case's history as it is stored: every column but the id. */
export type SealedEvent = Omit<CaseEventEntity, "id">;

/**
 * The next step of the case's history, chained to `last` (null for its first step) and sealed
 * with the acting official's key; not yet stored.
 */
export async function sealEvent(
  deps: Pick<CasesDeps, "seals" | "clock">,
  row: CaseEntity,
  actor: Pick<Caller, "sub" | "dept" | "site">,
  step: { role: string; action: string; fromStatus: string; opinion: string | null },
  last: { seq: number | null; hash: string | null } | null,
): Promise<SealedEvent> {
  const contentDigests = caseContentDigests(row);
  const event = {
    caseId: row.id,
    at: deps.clock.now(),
    actorSub: actor.sub,
    actorDept: actor.dept,
    actorRole: step.role,
    actorSite: actor.site,
    action: step.action,
    fromStatus: step.fromStatus,
    toStatus: row.status,
    opinion: step.opinion,
    contentHash: contentHashOf(contentDigests),
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? genesisHash(row.id),
  };
  const payload = sealedPayload(event);
  const seal = await deps.seals.seal(actor.sub, payload);
  return { ...event, hash: sha256(payload), contentDigests, seal };
}

/** The latest chained step of a case's history, which the next one chains onto; null if none. */
export async function lastStep(em: EntityManager, caseId: string): Promise<CaseEventEntity | null> {
  const [last] = await em.find(
    CaseEventEntity,
    { caseId, seq: { $ne: null } },
    { orderBy: { seq: "desc" }, limit: 1 },
  );
  return last ?? null;
}

/**
 * Records one step of the case's history, chained to the step before it and sealed with the
 * acting official's key. The caller holds the case's row lock (or created the case), so the
 * history grows one step at a time.
 */
export async function recordEvent(
  em: EntityManager,
  deps: Pick<CasesDeps, "seals" | "clock">,
  row: CaseEntity,
  actor: Pick<Caller, "sub" | "dept" | "site">,
  role: string,
  action: string,
  fromStatus: string,
  opinion: string | null,
): Promise<CaseEventEntity> {
  const last = await lastStep(em, row.id);
  const event = await sealEvent(deps, row, actor, { role, action, fromStatus, opinion }, last);
  const entity = em.create(CaseEventEntity, event);
  em.persist(entity);
  return entity;
}
