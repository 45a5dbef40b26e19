import {
  Action,
  BadUserInputError,
  pageRequest,
  toPage,
  type Caller,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import { SharingGrantEntity } from "../grant/sharing-grant.entity.js";
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

/** What a subject of the change log may be: an item's version(s), a data item, or one grant. */
const SUBJECT =
  /^(item:[a-z][a-z0-9-]{1,63}@(\d{1,6})?|data:[A-Za-z]+[.:][A-Za-z_]{1,60}|grant:[0-9a-f-]{36})$/;

/**
 * The change history of one subject, if the caller may read it: a grant's history belongs to its
 * parties, the data bureau and auditors; items and classifications to every department's staff.
 */
export async function readableChanges(
  em: EntityManager,
  access: RequestAccess,
  subject: string,
  first?: number | null,
  after?: string | null,
): Promise<CatalogChangeConnection> {
  if (!SUBJECT.test(subject)) {
    throw new BadUserInputError(
      "subject must be item:<code>@<version>, item:<code>@, data:<item> or grant:<id>",
      "subject",
    );
  }
  const grant = subject.startsWith("grant:")
    ? await em.findOne(
        SharingGrantEntity,
        { id: subject.slice(6) },
        { fields: ["consumer", "provider"] },
      )
    : null;
  access.assert(Action.CATALOG_CHANGE_READ, {
    grant: grant ? { consumer: grant.consumer, provider: grant.provider } : null,
  });
  return changesOf(em, subject, first, after);
}

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
