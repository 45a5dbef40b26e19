import { BadUserInputError, type EntityManager, type PageRequest } from "@gongxiang/kit";
import type { Knex } from "@mikro-orm/postgresql";
import { ServiceSiteEntity } from "../site/service-site.entity.js";
import { ServiceItemEntity } from "./service-item.entity.js";
import { ItemStatus } from "./service-item.enums.js";

export interface ServiceItemFilter {
  status?: ItemStatus | null;
  department?: string | null;
  level?: string | null;
  scope?: string | null;
  /** Items a case may be accepted for at this site (its level and region). */
  site?: string | null;
  /** A part of the name or code. */
  search?: string | null;
  /** Drafts: the departments whose drafts the caller may see (null: all). */
  departments?: string[] | null;
}

const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;

/**
 * One page of items in code order: for PUBLISHED/WITHDRAWN the current version of each item,
 * for DRAFT the open drafts. Two statements (page and count) whatever the page size.
 */
export async function findServiceItems(
  em: EntityManager,
  filter: ServiceItemFilter,
  page: PageRequest<string>,
): Promise<{ rows: ServiceItemEntity[]; total: number }> {
  const status = filter.status ?? ItemStatus.PUBLISHED;
  const knex = em.getKnex();
  const source =
    status === ItemStatus.DRAFT
      ? knex.raw(`(select * from service_item where status = 'DRAFT') as item`)
      : knex.raw(
          `(select distinct on (code) * from service_item where status <> 'DRAFT' order by code, version desc) as item`,
        );
  let site: ServiceSiteEntity | null = null;
  if (filter.site) {
    site = await em.findOne(ServiceSiteEntity, { code: filter.site });
    if (!site) throw new BadUserInputError(`no service site ${filter.site}`, "site");
  }
  const where = (query: Knex.QueryBuilder) => {
    query.where("item.status", status);
    if (filter.department) query.where("item.department", filter.department);
    if (filter.level) query.where("item.level", filter.level);
    if (filter.scope) query.where("item.scope", filter.scope);
    if (filter.departments) query.whereIn("item.department", filter.departments);
    if (filter.search) {
      const pattern = likePattern(filter.search);
      query.where((q) => {
        void q.whereILike("item.name", pattern).orWhereILike("item.code", pattern);
      });
    }
    if (site) {
      query.whereRaw(`jsonb_exists(item.steps -> 0 -> 'levels', ?)`, [site.level]);
      const code = site.code;
      query.where((q) => {
        void q.whereNull("item.region_code").orWhereRaw(`? like item.region_code || '%'`, [code]);
      });
    }
    return query;
  };
  const pageQuery = where(knex.select("item.*").from(source))
    .orderBy("item.code")
    .limit(page.limit + 1);
  if (page.after) pageQuery.where("item.code", ">", page.after);
  const [rows, count] = await Promise.all([
    pageQuery as Promise<Record<string, unknown>[]>,
    where(knex.count({ total: "*" }).from(source)).first() as Promise<{ total: string | number }>,
  ]);
  return {
    rows: rows.map((row) => em.map(ServiceItemEntity, row)),
    total: Number(count.total),
  };
}
