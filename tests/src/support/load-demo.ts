import { readFile } from "node:fs/promises";
import path from "node:path";
import { createCatalogOrm, loadCatalogDemo, SupergraphIndex } from "@gongxiang/catalog";
import type { Orm } from "@gongxiang/kit";
import { createLicencesOrm, KeyVault, loadLicencesDemo, SealKeys } from "@gongxiang/licences";
import { createPopulationOrm, loadPopulationDemo } from "@gongxiang/population";
import { readDemoDataset, REPO_ROOT } from "@gongxiang/scripts";
import type { ComposeStack } from "./compose-stack.js";

async function withOrm<T>(open: Promise<Orm>, work: (orm: Orm) => Promise<T>): Promise<T> {
  const orm = await open;
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

/**
 * Loads the demo dataset into a running compose stack's databases, as a province loads its
 * records into a new deployment: the people, their sealed licences (with the stack's master
 * key) and the catalog with its grants. The services pick the grants up at their next poll.
 */
export async function loadDemoInto(stack: ComposeStack): Promise<void> {
  const demo = await readDemoDataset();
  const catalog: unknown = JSON.parse(
    await readFile(path.join(REPO_ROOT, "demo", "catalog.json"), "utf8"),
  );
  await withOrm(createPopulationOrm(stack.databaseUrl("gongxiang_population")), (orm) =>
    loadPopulationDemo(orm, demo.people),
  );
  const masterKey = Buffer.from(stack.dotenv.LICENCE_SEAL_MASTER_KEY!, "base64");
  await withOrm(createLicencesOrm(stack.databaseUrl("gongxiang_licences")), (orm) =>
    loadLicencesDemo(
      orm,
      new SealKeys(() => orm.fork(), new KeyVault(masterKey, "LICENCE_SEAL_MASTER_KEY")),
      demo.licences,
      demo.people,
    ),
  );
  const supergraph = await SupergraphIndex.fromFile(
    path.join(REPO_ROOT, "schema", "supergraph.graphql"),
  );
  await withOrm(createCatalogOrm(stack.databaseUrl("gongxiang_catalog")), (orm) =>
    loadCatalogDemo(orm, supergraph, { sites: demo.sites, catalog, grants: demo.grants }),
  );
}
