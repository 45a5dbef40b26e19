import { Action, pageRequest, toPage, type RequestAccess } from "@gongxiang/kit";
import { caseResource } from "../case/case.access.js";
import { CaseEntity } from "../case/case.entity.js";
import { CaseStatus } from "../case/case.enums.js";
import { CaseService } from "../case/case.service.js";
import type { CasesContext } from "../context.js";
import type { CaseTask, CaseTaskConnection } from "./inbox.type.js";

const numberKey = (value: unknown) =>
  typeof value === "string" && value.length <= 40 ? value : null;

const DECIDABLE: readonly string[] = [CaseStatus.DRAFT, CaseStatus.ACCEPTED, CaseStatus.REVIEWED];
const ACTIONABLE: CaseStatus[] = [
  CaseStatus.DRAFT,
  CaseStatus.ACCEPTED,
  CaseStatus.REVIEWED,
  CaseStatus.SUPPLEMENT_REQUIRED,
  CaseStatus.APPROVED,
  CaseStatus.COMPLETING,
  CaseStatus.COMPLETED,
  CaseStatus.REJECTED,
];

/** What a case waits for that this caller may do, as the action rules say. */
export function waitingOn(access: RequestAccess, row: CaseEntity): string[] {
  const resource = caseResource(row);
  const actions: string[] = [];
  const step = row.steps[row.stepIndex];
  if (DECIDABLE.includes(row.status)) {
    if (step && access.allows(Action.CASE_DECIDE, { ...resource, step })) actions.push(step.action);
    if (
      row.eligibility.some((check) => check.outcome === "UNDECIDED") &&
      access.allows(Action.CASE_ATTEST, resource)
    ) {
      actions.push("ATTEST");
    }
  }
  if (row.status === CaseStatus.SUPPLEMENT_REQUIRED && access.allows(Action.CASE_FILL, resource))
    actions.push("RESUBMIT");
  if (
    (row.status === CaseStatus.APPROVED || row.status === CaseStatus.COMPLETING) &&
    access.allows(Action.CASE_COMPLETE, resource)
  )
    actions.push("COMPLETE");
  if (
    (row.status === CaseStatus.COMPLETED || row.status === CaseStatus.REJECTED) &&
    access.allows(Action.CASE_DELIVER, resource)
  )
    actions.push("DELIVER");
  if (
    row.followUpDue !== null &&
    row.followUpAnswer === null &&
    access.allows(Action.CASE_ANSWER_FOLLOW_UP, resource)
  )
    actions.push("FOLLOW_UP");
  return actions;
}

/**
 * A member of staff's inbox: the cases of their department within their site that wait on
 * them, by their role, level and site as the action rules decide (the query only narrows the
 * candidates to the department and site), in number order with their supervision colour.
 */
export async function inbox(
  ctx: CasesContext,
  first?: number | null,
  after?: string | null,
): Promise<CaseTaskConnection> {
  const { access, caller, em } = ctx;
  access.assert(Action.CASE_INBOX);
  const request = pageRequest(first, after, numberKey);
  const candidates = await em.find(
    CaseEntity,
    {
      department: caller.dept!,
      site: { $like: `${caller.site!}%` },
      $or: [{ status: { $in: ACTIONABLE } }, { followUpDue: { $ne: null }, followUpAnswer: null }],
    },
    { orderBy: { number: "asc" } },
  );
  const waiting = candidates
    .map((row) => ({ row, actions: waitingOn(access, row) }))
    .filter((entry) => entry.actions.length > 0);
  const from = request.after ? waiting.filter((e) => e.row.number > request.after!) : waiting;
  const page = from.slice(0, request.limit + 1);
  const cases = new CaseService(ctx);
  const tasks: CaseTask[] = [];
  for (const { row, actions } of page) {
    tasks.push({
      number: row.number,
      actions,
      supervision: row.supervision,
      deadline: row.deadline,
      case: await cases.view(row),
    });
  }
  return toPage(tasks, request, (task) => task.number, waiting.length) as CaseTaskConnection;
}
