import type { EntityManager } from "@gongxiang/kit";

/** The next readable number for a site and day: <site>-<yyyymmdd>-<sequence of 4 or more>. */
export async function nextCaseNumber(
  em: EntityManager,
  site: string,
  day: string,
): Promise<string> {
  // em.execute runs in the caller's transaction; a connection of its own could starve the pool.
  const rows: { last: number }[] = await em.execute(
    `insert into case_number_counter (site, day, last) values (?, ?, 1)
     on conflict (site, day) do update set last = case_number_counter.last + 1
     returning last`,
    [site, day],
  );
  return `${site}-${day.replaceAll("-", "")}-${String(rows[0]!.last).padStart(4, "0")}`;
}
