import {
  BadUserInputError,
  ForbiddenError,
  isCitizen,
  pageRequest,
  toPage,
  type Caller,
  type EntityManager,
} from "@gongxiang/kit";
import { CaseEventEntity } from "../workflow/case-event.entity.js";
import { mayReadCase } from "./case.access.js";
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

/** Reading cases for a caller. */
export class CaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Caller,
  ) {}

  async byId(id: string): Promise<Case | null> {
    if (!UUID.test(id)) throw new BadUserInputError("not a case id", "id");
    const row = await this.em.findOne(CaseEntity, { id });
    if (!row || !mayReadCase(this.caller, row)) return null;
    return this.view(row);
  }

  async view(row: CaseEntity): Promise<Case> {
    const events = await this.em.find(
      CaseEventEntity,
      { caseId: row.id },
      { orderBy: { id: "asc" } },
    );
    return toCase(row, events);
  }

  /**
   * Cases in number order. Staff see their department's (within their site); agents their
   * site's; citizens their own; auditors all.
   */
  async list(
    filter: CaseFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<CaseConnection> {
    const request = pageRequest(first, after, numberKey);
    const where: Record<string, unknown> = {};
    const { caller } = this;
    if (isCitizen(caller)) where.applicantCitizenId = caller.sub;
    else if (!caller.roles.includes("auditor")) {
      if (caller.roles.includes("agent") && caller.site) where.site = { $like: `${caller.site}%` };
      else if (caller.dept) {
        where.department = caller.dept;
        if (caller.site) where.site = { $like: `${caller.site}%` };
      } else throw new ForbiddenError("no cases for this caller");
    }
    if (filter.department) where.department = filter.department;
    if (filter.status) where.status = filter.status;
    if (filter.supervision) where.supervision = filter.supervision;
    if (filter.region) {
      if (!/^\d{2,12}$/.test(filter.region))
        throw new BadUserInputError("region must be a division code prefix", "region");
      where.$and = [{ site: { $like: `${filter.region}%` } }];
    }
    const [rows, total] = await Promise.all([
      this.em.find(
        CaseEntity,
        request.after ? { ...where, number: { $gt: request.after } } : where,
        {
          orderBy: { number: "asc" },
          limit: request.limit + 1,
        },
      ),
      this.em.count(CaseEntity, where),
    ]);
    const events = rows.length
      ? await this.em.find(
          CaseEventEntity,
          { caseId: { $in: rows.map((r) => r.id) } },
          { orderBy: { id: "asc" } },
        )
      : [];
    const cases = rows.map((row) =>
      toCase(
        row,
        events.filter((e) => e.caseId === row.id),
      ),
    );
    return toPage(cases, request, (c) => c.number, total) as CaseConnection;
  }
}
