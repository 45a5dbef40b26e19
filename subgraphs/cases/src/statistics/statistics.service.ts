import {
  Action,
  BadUserInputError,
  isRealDate,
  type EntityManager,
  type RequestAccess,
  type WorkingCalendar,
} from "@gongxiang/kit";
import { CaseStatus, Supervision } from "../case/case.enums.js";
import type { CaseFigures, CaseStatistics } from "./statistics.type.js";

interface Totals {
  cases: number;
  completed: number;
  on_time: number;
  fields: number;
  auto_filled: number;
  by_licence: number;
  by_upload: number;
  visits: number;
  rated: number;
  rating_sum: number;
  yellow: number;
  red: number;
}

const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/**
 * Statistics computed from the stored cases: a department's staff read their own; the data
 * bureau's auditors read every department's, together and one by one. An inverted period is
 * refused rather than answered with zeros.
 */
export async function caseStatistics(
  em: EntityManager,
  access: RequestAccess,
  calendar: WorkingCalendar,
  filter: {
    department: string | null;
    region: string | null;
    from: string | null;
    to: string | null;
  },
): Promise<CaseStatistics> {
  // The data bureau's auditors see every department together unless they name one.
  const everyone = access.allows(Action.CASE_STATISTICS, { department: null });
  const department = filter.department ?? (everyone ? null : access.caller.dept);
  access.assert(Action.CASE_STATISTICS, { department });
  for (const [name, value] of [
    ["from", filter.from],
    ["to", filter.to],
  ] as const) {
    if (value !== null && !isRealDate(value))
      throw new BadUserInputError(`${name} must be a date`, name);
  }
  if (filter.region !== null && !/^\d{2,12}$/.test(filter.region))
    throw new BadUserInputError("region must be a division code prefix", "region");
  if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
    throw new BadUserInputError("from must not be after to", "from");
  }
  const conditions = ["status <> ?"];
  const params: unknown[] = [CaseStatus.INTAKE];
  const when = (condition: string, value: unknown) => {
    conditions.push(condition);
    params.push(value);
  };
  if (department) when("department = ?", department);
  if (filter.region) when("site like ?", `${filter.region}%`);
  if (filter.from) when("created_at >= ?", new Date(`${filter.from}T00:00:00+08:00`));
  if (filter.to)
    when("created_at < ?", new Date(Date.parse(`${filter.to}T00:00:00+08:00`) + 86_400_000));
  const where = conditions.join(" and ");
  const connection = em.getConnection();
  // One pass over the cases in PostgreSQL, per department; only the (acceptance, completion)
  // date pairs come back, as working days depend on the holiday calendar.
  const rows = (await connection.execute(
    `select department,
       count(*)::int as cases,
       count(completed_on)::int as completed,
       count(*) filter (where completed_on <= deadline)::int as on_time,
       coalesce(sum(jsonb_array_length(form_fields)), 0)::int as fields,
       coalesce(sum((select count(*) from jsonb_array_elements(form_fields) f
         where f ->> 'manual' = 'false')), 0)::int as auto_filled,
       coalesce(sum((select count(*) from jsonb_array_elements(materials) m
         where m ->> 'status' = 'BY_LICENCE')), 0)::int as by_licence,
       coalesce(sum((select count(*) from jsonb_array_elements(materials) m
         where m ->> 'status' = 'UPLOADED')), 0)::int as by_upload,
       coalesce(sum(visits), 0)::int as visits,
       count(rating)::int as rated,
       coalesce(sum(rating), 0)::int as rating_sum,
       count(*) filter (where supervision = ?)::int as yellow,
       count(*) filter (where supervision = ?)::int as red
     from case_file where ${where} group by department order by department`,
    [Supervision.YELLOW, Supervision.RED, ...params],
  )) as (Totals & { department: string })[];
  const pairs = (await connection.execute(
    `select department, accepted_on::text as accepted, completed_on::text as completed,
       count(*)::int as n
     from case_file where ${where} and accepted_on is not null and completed_on is not null
     group by 1, 2, 3`,
    params,
  )) as { department: string; accepted: string; completed: string; n: number }[];
  const figures = (t: Totals, handled: typeof pairs): CaseFigures => {
    const count = handled.reduce((sum, pair) => sum + pair.n, 0);
    const handlingDays = handled.reduce(
      (sum, pair) => sum + pair.n * calendar.workingDaysBetween(pair.accepted, pair.completed),
      0,
    );
    return {
      cases: t.cases,
      completed: t.completed,
      onTimeRate: ratio(t.on_time, t.completed),
      averageHandlingWorkingDays: count ? handlingDays / count : null,
      autoFillShare: ratio(t.auto_filled, t.fields),
      materialsByLicence: t.by_licence,
      materialsByUpload: t.by_upload,
      tripsPerCase: t.cases ? t.visits / t.cases : null,
      satisfaction: t.rated ? t.rating_sum / t.rated : null,
      yellow: t.yellow,
      red: t.red,
    };
  };
  const total = rows.reduce<Totals>(
    (sum, row) => {
      for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += row[key];
      return sum;
    },
    {
      cases: 0,
      completed: 0,
      on_time: 0,
      fields: 0,
      auto_filled: 0,
      by_licence: 0,
      by_upload: 0,
      visits: 0,
      rated: 0,
      rating_sum: 0,
      yellow: 0,
      red: 0,
    },
  );
  return {
    ...figures(total, pairs),
    byDepartment: rows.map((row) => ({
      department: row.department,
      ...figures(
        row,
        pairs.filter((pair) => pair.department === row.department),
      ),
    })),
  };
}
