import { parseArgs } from "node:util";
import { migrate } from "@gongxiang/kit";
import { KeyVault, SealKeys, createLicencesOrm, issueLicencesInBulk } from "@gongxiang/licences";
import { createPopulationOrm, loadPopulationDemo } from "@gongxiang/population";
import { loadHubConfig } from "./config.js";
import { readDemoDataset } from "./hub/demo.js";
import { databaseUrl, ensureDatabases, openPostgres } from "./hub/postgres.js";
import { ensureSecret } from "./hub/keys.js";
import { progressBar } from "./seed/progress.js";
import { licencesFor } from "./seed/seed-licences.js";
import { analyzeAfterLoad, seedPopulation } from "./seed/seed-population.js";

/** `npm run seed -- --persons N [--seed S]`: a deterministic synthetic population. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      persons: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
    },
    strict: true,
  });
  const persons = Number(values.persons);
  const seed = Number(values.seed);
  if (!Number.isInteger(persons) || persons < 1 || persons > 20_000_000) {
    throw new Error("--persons must be a whole number from 1 to 20000000");
  }
  if (!Number.isInteger(seed) || seed < 0) throw new Error("--seed must be a non-negative integer");
  const config = loadHubConfig();
  const server = await openPostgres(config);

  try {
    await ensureDatabases(server.url, ["gongxiang_population", "gongxiang_licences"]);
    const orm = await createPopulationOrm(databaseUrl(server.url, "gongxiang_population"));
    const licencesOrm = await createLicencesOrm(databaseUrl(server.url, "gongxiang_licences"));
    try {
      await migrate(orm);
      await migrate(licencesOrm);
      const masterKey = Buffer.from(
        await ensureSecret(config.dataDir, "licence-seal-master"),
        "base64",
      );
      const sealKeys = new SealKeys(
        () => licencesOrm.fork(),
        new KeyVault(masterKey, "LICENCE_SEAL_MASTER_KEY"),
      );
      let licences = 0;
      const demo = await readDemoDataset();
      await loadPopulationDemo(orm, demo.people);
      const reserved = (demo.people as { citizenId: string }[]).map((p) => p.citizenId);
      const result = await seedPopulation(
        orm,
        {
          persons,
          seed,
          reservedCitizenIds: reserved,
          afterBatch: async (inserted, households) => {
            const items = inserted.flatMap((p) => licencesFor(p, households.get(p.householdId)));
            licences += await issueLicencesInBulk(licencesOrm, sealKeys, items);
          },
        },
        progressBar("persons"),
      );
      await analyzeAfterLoad([orm, licencesOrm]);
      console.log(
        `generated ${result.generated} persons; inserted ${result.inserted} persons, ` +
          `${result.households} households and ${licences} sealed licences (seed ${seed})`,
      );
    } finally {
      await orm.close();
      await licencesOrm.close();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
