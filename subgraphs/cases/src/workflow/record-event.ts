import type { Caller, EntityManager } from "@gongxiang/kit";
import { caseContentHash } from "../case/content-hash.js";
import type { CaseEntity } from "../case/case.entity.js";
import type { CasesDeps } from "../context.js";
import { CaseEventEntity } from "./case-event.entity.js";
import { sealedPayload } from "./decision-seals.js";

/** Records one step of the case's history, sealed with the acting official's key. */
export async function recordEvent(
  em: EntityManager,
  deps: Pick<CasesDeps, "seals" | "clock">,
  row: CaseEntity,
  actor: Caller,
  role: string,
  action: string,
  fromStatus: string,
  opinion: string | null,
): Promise<CaseEventEntity> {
  const event = {
    caseId: row.id,
    at: deps.clock.now(),
    actorSub: actor.sub,
    actorDept: actor.dept,
    actorRole: role,
    actorSite: actor.site,
    action,
    fromStatus,
    toStatus: row.status,
    opinion,
    contentHash: caseContentHash(row),
  };
  const seal = await deps.seals.seal(actor.sub, sealedPayload(event));
  const entity = em.create(CaseEventEntity, { ...event, seal });
  em.persist(entity);
  return entity;
}
