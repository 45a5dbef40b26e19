import type { EntityManager } from "@gongxiang/kit";

/**
 * The next readable number for a site and day: <site>-<yyyymmdd>-<sequence of 4 or more>.
 * Taken in a statement of its own, outside the transaction that creates the case: the counter
 * row is every intake's at the site that day, and held until a transaction's commit it made the
 * site's intakes wait on each other (under load, one at a time). A number is never given twice;
 * an intake that loses a race for its idempotency key leaves its number unused.
 */
export async function nextCaseNumber(
  em: EntityManager,
  site: string,
  day: string,
): Promise<string> {
  const rows: { last: number }[] = await em.execute(
    `insert into case_number_counter (site, day, last) values (?, ?, 1)
     on conflict (site, day) do update set last = case_number_counter.last + 1
     returning last`,
    [site, day],
  );
  return `${site}-${day.replaceAll("-", "")}-${String(rows[0]!.last).padStart(4, "0")}`;
}
