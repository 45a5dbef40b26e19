import {
  Action,
  BadUserInputError,
  caseListScope,
  pageRequest,
  refusalError,
  toPage,
} from "@gongxiang/kit";
import type { CasesContext } from "../context.js";
import { CaseEventEntity } from "../workflow/case-event.entity.js";
import { CASE_CONTENT, caseResource, caseSubject } from "./case.access.js";
import { CaseEntity } from "./case.entity.js";
import type { Supervision } from "./case.enums.js";
import type { Case, CaseConnection } from "./case.type.js";
import { toCase } from "./case.view.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const numberKey = (value: unknown) =>
  typeof value === "string" && value.length <= 40 ? value : null;

export interface CaseFilter {
  department?: string | null;
  /** A division code prefix: cases accepted at sites within it. */
  region?: string | null;
  status?: string | null;
  supervision?: Supervision | null;
}

/**
 * Reading cases for a caller: a case the caller may not read is not there (null), a list holds
 * only what the caller's scope allows whatever the filter, and the personal data in a case is
 * released as decided and logged like any base's.
 */
export class CaseService {
  constructor(private readonly ctx: CasesContext) {}

  async byId(id: string): Promise<Case | null> {
    if (!UUID.test(id)) throw new BadUserInputError("not a case id", "id");
    const row = await this.ctx.em.findOne(CaseEntity, { id });
    if (!row || !this.ctx.access.allows(Action.CASE_READ, caseResource(row))) return null;
    return this.view(row);
  }

  /** A case as the caller sees it (after a change they were allowed to make, or a read). */
  async view(row: CaseEntity): Promise<Case> {
    const { em } = this.ctx;
    return this.present(row, () =>
      em.find(CaseEventEntity, { caseId: row.id }, { orderBy: { id: "asc" } }),
    );
  }

  /** Cases in number order, within the caller's scope (see caseListScope), then the filter. */
  async list(
    filter: CaseFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<CaseConnection> {
    const request = pageRequest(first, after, numberKey);
    const scope = caseListScope(this.ctx.caller);
    if (scope === null) {
      throw refusalError(Action.CASE_LIST, {
        allowed: false,
        rule: "staff list the cases of their site; auditors their department's",
      });
    }
    const conditions: Record<string, unknown>[] = [];
    if (scope.subject) conditions.push({ applicantCitizenId: scope.subject });
    if (scope.department) conditions.push({ department: scope.department });
    if (scope.sitePrefix) conditions.push({ site: { $like: `${scope.sitePrefix}%` } });
    if (filter.department) conditions.push({ department: filter.department });
    if (filter.status) conditions.push({ status: filter.status });
    if (filter.supervision) conditions.push({ supervision: filter.supervision });
    if (filter.region) {
      if (!/^\d{2,12}$/.test(filter.region))
        throw new BadUserInputError("region must be a division code prefix", "region");
      conditions.push({ site: { $like: `${filter.region}%` } });
    }
    const where = { $and: conditions };
    const { em } = this.ctx;
    const [rows, total] = await Promise.all([
      em.find(
        CaseEntity,
        request.after ? { $and: [...conditions, { number: { $gt: request.after } }] } : where,
        { orderBy: { number: "asc" }, limit: request.limit + 1 },
      ),
      em.count(CaseEntity, where),
    ]);
    // The page's histories in one read, made only if the query selects a history.
    let events: Promise<CaseEventEntity[]> | undefined;
    const pageEvents = () =>
      (events ??= em.find(
        CaseEventEntity,
        { caseId: { $in: rows.map((r) => r.id) } },
        { orderBy: { id: "asc" } },
      ));
    const cases = rows.map((row) =>
      this.present(row, async () => (await pageEvents()).filter((e) => e.caseId === row.id)),
    );
    return toPage(cases, request, (c) => c.number, total) as CaseConnection;
  }

  private present(row: CaseEntity, events: () => Promise<CaseEventEntity[]>): Case {
    const decisions = this.ctx.access.fields(CASE_CONTENT, caseSubject(row));
    return toCase(row, events, decisions, (item, decision) =>
      this.ctx.releases.note(row.applicantCitizenId, item, decision),
    );
  }
}
