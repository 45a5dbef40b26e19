import { BadUserInputError } from "@gongxiang/kit";
import type { CasesContext } from "../context.js";
import type { DisclosedResults, MonthlyResults, OutcomeFigures } from "./disclosure.type.js";

const CODE = /^[a-z][a-z0-9-]{1,63}$/;
const APPROVED = ["APPROVED", "COMPLETING", "COMPLETED", "DELIVERED"];

interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

const ratio = (part: number, whole: number) => Math.round((part / whole) * 1000) / 1000;

/** The median, and the nearest-rank percentile, of a sorted list. */
function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * 阳光红页's figures: an item's results month by month and its outcomes, counted from the stored
 * cases, as far as its department publishes them. A count under the minimum (default 5) is not
 * published, nor is a figure resting on fewer cases: a small cell points at a person.
 */
export class DisclosureService {
  constructor(private readonly ctx: CasesContext) {}

  async results(
    itemCode: string,
    from: string | null,
    to: string | null,
  ): Promise<DisclosedResults | null> {
    const period = this.period(itemCode, from, to);
    if (!(await this.ctx.deps.disclosure.settings.of(itemCode)).results) return null;
    const connection = this.ctx.em.getConnection();
    const month = `to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`;
    const rows = (await connection.execute(
      `select ${month} as month,
         count(*)::int as received,
         count(*) filter (where status = any(?))::int as approved,
         count(*) filter (where status in ('REFUSED', 'REJECTED'))::int as refused,
         count(completed_on)::int as completed,
         count(*) filter (where completed_on <= deadline)::int as on_time
       from case_file where item_code = ? and status <> 'INTAKE' and created_at >= ? and created_at < ?
       group by 1 order by 1`,
      [`{${APPROVED.join(",")}}`, itemCode, period.from, period.to],
    )) as {
      month: string;
      received: number;
      approved: number;
      refused: number;
      completed: number;
      on_time: number;
    }[];
    const rules = (await connection.execute(
      `select ${month} as month, refusal_reason as rule, count(*)::int as count
       from case_file where item_code = ? and status = 'REFUSED' and created_at >= ? and created_at < ?
       group by 1, 2`,
      [itemCode, period.from, period.to],
    )) as { month: string; rule: string; count: number }[];
    const minimum = this.ctx.deps.disclosure.minimumCount;
    const cell = (n: number) => (n >= minimum ? n : null);
    const months: MonthlyResults[] = rows.map((row) => ({
      month: row.month,
      received: cell(row.received),
      approved: cell(row.approved),
      refused: cell(row.refused),
      refusedByRule: rules
        .filter((r) => r.month === row.month && r.count >= minimum)
        .map(({ rule, count }) => ({ rule, count })),
      completed: cell(row.completed),
      completedOnTime: cell(row.on_time),
    }));
    return { itemCode, minimumCount: minimum, months };
  }

  /** One closed month's figures (by default the last): periods never overlap. */
  async outcomes(itemCode: string, month: string | null): Promise<OutcomeFigures> {
    const period = this.period(itemCode, month, month, 1);
    const published = (await this.ctx.deps.disclosure.settings.of(itemCode)).outcomes;
    const connection = this.ctx.em.getConnection();
    const scope = `from case_file where item_code = ? and status not in ('INTAKE', 'REFUSED')
      and created_at >= ? and created_at < ?`;
    const params = [itemCode, period.from, period.to];
    const [t] = (await connection.execute(
      `select count(*)::int as cases,
         coalesce(sum(jsonb_array_length(form_fields)), 0)::int as fields,
         coalesce(sum((select count(*) from jsonb_array_elements(form_fields) f
           where f ->> 'manual' = 'false')), 0)::int as auto_filled,
         coalesce(sum(jsonb_array_length(materials)), 0)::int as materials,
         coalesce(sum((select count(*) from jsonb_array_elements(materials) m
           where m ->> 'status' = 'BY_LICENCE')), 0)::int as by_licence,
         coalesce(sum((select count(*) from jsonb_array_elements(materials) m
           where m ->> 'status' = 'UPLOADED')), 0)::int as uploads,
         count(completed_on)::int as completed,
         count(*) filter (where completed_on is not null and length(site) = 12
           and right(site, 3) <> '000' and visits = 1)::int as same_village,
         count(rating)::int as rated,
         coalesce(avg(rating), 0)::float as rating,
         count(follow_up_due)::int as follow_ups,
         count(follow_up_answer)::int as answered
       ${scope}`,
      params,
    )) as {
      cases: number;
      fields: number;
      auto_filled: number;
      materials: number;
      by_licence: number;
      uploads: number;
      completed: number;
      same_village: number;
      rated: number;
      rating: number;
      follow_ups: number;
      answered: number;
    }[];
    const pairs = (await connection.execute(
      `select accepted_on::text as accepted, completed_on::text as completed ${scope}
         and accepted_on is not null and completed_on is not null`,
      params,
    )) as { accepted: string; completed: string }[];
    const { calendar } = this.ctx.deps;
    const days = pairs
      .map((p) => calendar.workingDaysBetween(p.accepted, p.completed))
      .sort((a, b) => a - b);
    const minimum = this.ctx.deps.disclosure.minimumCount;
    const figure = (name: string, base: number, value: () => number) =>
      published.has(name) && base >= minimum ? value() : null;
    const c = t!;
    return {
      itemCode,
      minimumCount: minimum,
      autoFillShare: figure("AUTO_FILL_SHARE", c.cases, () => ratio(c.auto_filled, c.fields)),
      licenceMaterialShare: figure("LICENCE_MATERIAL_SHARE", c.cases, () =>
        ratio(c.by_licence, c.materials),
      ),
      uploadsPerCase: figure("UPLOADS_PER_CASE", c.cases, () => ratio(c.uploads, c.cases)),
      medianWorkingDays: figure("HANDLING_WORKING_DAYS", days.length, () => median(days)),
      p90WorkingDays: figure("HANDLING_WORKING_DAYS", days.length, () => percentile(days, 90)),
      sameVillageShare: figure("SAME_VILLAGE_SHARE", c.completed, () =>
        ratio(c.same_village, c.completed),
      ),
      averageRating: figure("AVERAGE_RATING", c.rated, () => Math.round(c.rating * 100) / 100),
      followUpAnswerRate: figure("FOLLOW_UP_ANSWER_RATE", c.follow_ups, () =>
        ratio(c.answered, c.follow_ups),
      ),
    };
  }

  /**
   * The months asked for (China time), whole and closed only: a period by the day, or the month
   * still running, would let two answers a day apart single out one case (differencing).
   * By default the last `months` closed months.
   */
  private period(itemCode: string, from: string | null, to: string | null, months = 12): Period {
    if (!CODE.test(itemCode)) throw new BadUserInputError("not a service item code", "itemCode");
    const latest = addMonths(this.ctx.deps.clock.today().slice(0, 7), -1);
    for (const [name, value] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (value === null) continue;
      if (!MONTH.test(value)) throw new BadUserInputError(`${name} must be a month YYYY-MM`, name);
      if (value > latest) {
        throw new BadUserInputError(
          `only closed months are published (the latest: ${latest})`,
          name,
        );
      }
    }
    const end = to ?? latest;
    const start = from ?? addMonths(end, 1 - months);
    if (start > end) throw new BadUserInputError("from is after to", "from");
    return {
      from: new Date(`${start}-01T00:00:00+08:00`),
      to: new Date(`${addMonths(end, 1)}-01T00:00:00+08:00`),
    };
  }
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month (YYYY-MM) moved by `delta` months. */
function addMonths(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
