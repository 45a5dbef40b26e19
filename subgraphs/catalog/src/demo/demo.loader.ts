import {
  BadUserInputError,
  WorkingCalendar,
  accessFor,
  departments,
  z,
  type Caller,
  type Orm,
} from "@gongxiang/kit";
import type { SupergraphIndex } from "../binding/supergraph-index.js";
import { DataResourceEntity } from "../data-resource/data-resource.entity.js";
import { DataResourceService } from "../data-resource/data-resource.service.js";
import { ItemDisclosureService } from "../disclosure/item-disclosure.service.js";
import { SharingGrantEntity } from "../grant/sharing-grant.entity.js";
import { SharingGrantService } from "../grant/sharing-grant.service.js";
import { SharingSnapshots } from "../grant/sharing-snapshot.js";
import { ServiceItemEntity } from "../service-item/service-item.entity.js";
import { ServiceItemService } from "../service-item/service-item.service.js";
import { ServiceSiteEntity } from "../site/service-site.entity.js";

const demoSites = z.array(
  z.object({
    code: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/),
    name: z.string().min(1).max(100),
    level: z.enum(["VILLAGE", "TOWN", "COUNTY", "CITY"]),
  }),
);
const demoGrants = z.array(
  z.object({
    consumer: z.enum(departments),
    provider: z.enum(departments),
    items: z.array(z.string()),
    level: z.enum(["FULL", "MASKED", "VERIFY"]),
    purposes: z.array(z.string()),
    status: z.enum(["REQUESTED", "APPROVED"]),
  }),
);
const demoCatalog = z.object({
  dataResources: z.array(z.unknown()),
  serviceItems: z.array(z.object({ code: z.string(), disclosure: z.unknown().optional() }).loose()),
});

/** The demo data is loaded as the data bureau would enter it, through the same checks. */
const DEMO_LOADER: Caller = {
  sub: "system:demo-loader",
  dept: "data-bureau",
  roles: ["data-officer"],
  site: null,
  purpose: null,
};

/**
 * Loads the demo sites, classification, service items and grants on first start; what is already
 * there is left as it is. Items are created, then the grants, then each item is published through
 * the same checks as a data officer's: one whose eligibility facts its department has no grant
 * for stays a draft (`unpublished`, with the grant it needs), until a data officer publishes it.
 */
export async function loadCatalogDemo(
  orm: Orm,
  supergraph: SupergraphIndex,
  demo: { sites: unknown; catalog: unknown; grants: unknown },
): Promise<{
  items: number;
  dataResources: number;
  grants: number;
  unpublished: { code: string; reason: string }[];
}> {
  const sites = demoSites.parse(demo.sites);
  const catalog = demoCatalog.parse(demo.catalog);
  const em = orm.fork();
  for (const site of sites) {
    if (!(await em.findOne(ServiceSiteEntity, { code: site.code }))) {
      em.persist(em.create(ServiceSiteEntity, site));
    }
  }
  await em.flush();
  let dataResources = 0;
  const resources = new DataResourceService(em, accessFor(DEMO_LOADER), supergraph);
  for (const entry of catalog.dataResources) {
    const item = (entry as { item?: unknown }).item;
    if (typeof item === "string" && (await em.count(DataResourceEntity, { item })) > 0) continue;
    await resources.classify(entry);
    dataResources++;
  }
  const service = new ServiceItemService(
    em,
    accessFor(DEMO_LOADER),
    supergraph,
    new SharingSnapshots(orm, null),
  );
  const disclosures = new ItemDisclosureService(em, accessFor(DEMO_LOADER));
  const created: { code: string; disclosure?: unknown }[] = [];
  for (const entry of catalog.serviceItems) {
    if ((await em.count(ServiceItemEntity, { code: entry.code })) > 0) continue;
    await service.create(entry);
    created.push(entry);
  }
  // Grants name the items they are for: after the items, before their publication.
  const grants = await loadDemoGrants(orm, demo.grants);
  const unpublished: { code: string; reason: string }[] = [];
  for (const { code, disclosure } of created) {
    try {
      await service.publish(code);
      if (disclosure) await disclosures.set(code, disclosure);
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      unpublished.push({ code, reason: error.message });
    }
  }
  return { items: created.length - unpublished.length, dataResources, grants, unpublished };
}

/** Each demo grant is requested by its consumer and, where the demo says so, approved. */
async function loadDemoGrants(orm: Orm, grants: unknown): Promise<number> {
  const em = orm.fork();
  const calendar = new WorkingCalendar();
  let loaded = 0;
  for (const grant of demoGrants.parse(grants)) {
    const existing = await em.find(SharingGrantEntity, {
      consumer: grant.consumer,
      provider: grant.provider,
    });
    const same = (row: SharingGrantEntity) =>
      JSON.stringify([...row.items].sort()) === JSON.stringify([...grant.items].sort());
    if (existing.some(same)) continue;
    const officer = (dept: Caller["dept"]) => accessFor({ ...DEMO_LOADER, dept });
    const requested = await new SharingGrantService(em, officer(grant.consumer), calendar).request({
      provider: grant.provider,
      items: grant.items,
      level: grant.level,
      purposes: grant.purposes,
      legalBasis: "demo dataset (shared/demo/demo.json)",
    });
    if (grant.status === "APPROVED" && requested.status === "REQUESTED") {
      await new SharingGrantService(em, officer(grant.provider), calendar).approve(requested.id);
    }
    loaded++;
  }
  return loaded;
}
