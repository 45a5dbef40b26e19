import { pageRequest, toPage, type Caller, type EntityManager } from "@gongxiang/kit";
import { CatalogChangeEntity, type ChangeAction } from "./catalog-change.entity.js";
import type { CatalogChange, CatalogChangeConnection } from "./catalog-change.type.js";

/** Records a change in the same transaction as the change itself. */
export function recordChange(
  em: EntityManager,
  caller: Caller,
  action: ChangeAction,
  subject: string,
  detail: Record<string, unknown> = {},
): void {
  em.persist(
    em.create(CatalogChangeEntity, {
      at: new Date(),
      actorSub: caller.sub,
      actorDept: caller.dept,
      action,
      subject,
      detail,
    }),
  );
}

const idKey = (value: unknown) =>
  typeof value === "string" && /^\d{1,18}$/.test(value) ? value : null;

/** The changes recorded for a subject (or a subject prefix ending in @), oldest first. */
export async function changesOf(
  em: EntityManager,
  subject: string,
  first?: number | null,
  after?: string | null,
): Promise<CatalogChangeConnection> {
  const request = pageRequest(first, after, idKey);
  const where = subject.endsWith("@")
    ? { subject: { $like: `${subject.replace(/[%_\\]/g, "\\$&")}%` } }
    : { subject };
  const [rows, total] = await Promise.all([
    em.find(CatalogChangeEntity, request.after ? { ...where, id: { $gt: request.after } } : where, {
      orderBy: { id: "asc" },
      limit: request.limit + 1,
    }),
    em.count(CatalogChangeEntity, where),
  ]);
  return toPage(rows.map(toChange), request, (row) => row.id, total) as CatalogChangeConnection;
}

function toChange(row: CatalogChangeEntity): CatalogChange & { id: string } {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorSub: row.actorSub,
    actorDept: row.actorDept,
    action: row.action,
    subject: row.subject,
    detail: row.detail,
  };
}
