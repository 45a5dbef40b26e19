import {
  BadUserInputError,
  ForbiddenError,
  isRealDate,
  type Caller,
  type EntityManager,
  type WorkingCalendar,
} from "@gongxiang/kit";
import { CaseEntity } from "../case/case.entity.js";
import { CaseStatus, Supervision } from "../case/case.enums.js";
import type { CaseStatistics } from "./statistics.type.js";

const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/** Statistics computed from the stored cases (department staff for their own, auditors for all). */
export async function caseStatistics(
  em: EntityManager,
  caller: Caller,
  calendar: WorkingCalendar,
  filter: {
    department: string | null;
    region: string | null;
    from: string | null;
    to: string | null;
  },
): Promise<CaseStatistics> {
  const department = filter.department ?? caller.dept;
  if (!caller.roles.includes("auditor") && (!caller.dept || department !== caller.dept)) {
    throw new ForbiddenError("statistics are for the department's own staff and auditors");
  }
  for (const [name, value] of [
    ["from", filter.from],
    ["to", filter.to],
  ] as const) {
    if (value !== null && !isRealDate(value))
      throw new BadUserInputError(`${name} must be a date`, name);
  }
  if (filter.region !== null && !/^\d{2,12}$/.test(filter.region))
    throw new BadUserInputError("region must be a division code prefix", "region");
  const where: Record<string, unknown> = { status: { $ne: CaseStatus.INTAKE } };
  if (department) where.department = department;
  if (filter.region) where.site = { $like: `${filter.region}%` };
  const created: Record<string, Date> = {};
  if (filter.from) created.$gte = new Date(`${filter.from}T00:00:00+08:00`);
  if (filter.to)
    created.$lt = new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000);
  if (Object.keys(created).length) where.createdAt = created;
  const rows = await em.find(CaseEntity, where);

  const done = rows.filter((r) => r.completedOn !== null);
  const onTime = done.filter((r) => r.deadline !== null && r.completedOn! <= r.deadline);
  const handling = done
    .filter((r) => r.acceptedOn)
    .map((r) => calendar.workingDaysBetween(r.acceptedOn!, r.completedOn!));
  const fields = rows.flatMap((r) => r.formFields);
  const materials = rows.flatMap((r) => r.materials);
  const rated = rows.filter((r) => r.rating !== null);
  return {
    cases: rows.length,
    completed: done.length,
    onTimeRate: ratio(onTime.length, done.length),
    averageHandlingWorkingDays: handling.length
      ? handling.reduce((a, b) => a + b, 0) / handling.length
      : null,
    autoFillShare: ratio(fields.filter((f) => !f.manual).length, fields.length),
    materialsByLicence: materials.filter((m) => m.status === "BY_LICENCE").length,
    materialsByUpload: materials.filter((m) => m.status === "UPLOADED").length,
    tripsPerCase: rows.length ? rows.reduce((sum, r) => sum + r.visits, 0) / rows.length : null,
    satisfaction: rated.length ? rated.reduce((sum, r) => sum + r.rating!, 0) / rated.length : null,
    yellow: rows.filter((r) => r.supervision === Supervision.YELLOW).length,
    red: rows.filter((r) => r.supervision === Supervision.RED).length,
  };
}
