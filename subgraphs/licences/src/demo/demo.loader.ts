import { z, type Department, type Orm } from "@gongxiang/kit";
import { LicenceEntity } from "../licence/licence.entity.js";
import { issueLicence } from "../licence/licence-issuance.js";
import { licenceType } from "../licence-type/licence-types.js";
import type { SealKeys } from "../seal/seal-keys.js";

const demoLicence = z.object({
  holder: z.string(),
  type: z.string().refine((code) => licenceType(code) !== undefined, "unknown licence type"),
  data: z.record(z.string(), z.unknown()).optional(),
  status: z.enum(["VALID", "REVOKED"]).optional(),
  reason: z.string().optional(),
});
const demoHolder = z.object({
  citizenId: z.string(),
  name: z.string(),
  gender: z.string(),
  ethnicity: z.string(),
  birthDate: z.string(),
  address: z.string(),
  divisionCode: z.string(),
  household: z.string(),
  relationToHead: z.string(),
});

/** Data a demo licence carries beyond demo.json's, taken from the holder's demo record. */
function holderData(
  type: string,
  holder: z.infer<typeof demoHolder>,
  people: z.infer<typeof demoHolder>[],
): Record<string, unknown> {
  if (type === "ID_CARD") {
    const gender = holder.gender === "MALE" ? "男" : "女";
    return { name: holder.name, gender, ethnicity: holder.ethnicity, birthDate: holder.birthDate, address: holder.address };
  }
  if (type === "HOUSEHOLD_REGISTER") {
    // The register lists the members of the household (its head's, as public security keeps it).
    const members = people.filter((p) => p.household === holder.household).map((p) => p.citizenId);
    return {
      householdNumber: holder.household,
      relationToHead: holder.relationToHead,
      address: holder.address,
      ...(holder.relationToHead === "HEAD" ? { members } : {}),
    };
  }
  return {};
}

/**
 * Issues and seals the demo licences on first start (a licence of a type a holder already
 * has is not issued twice) and revokes those demo.json marks revoked.
 */
export async function loadLicencesDemo(orm: Orm, sealKeys: SealKeys, licences: unknown, people: unknown): Promise<number> {
  const everyone = z.array(demoHolder).parse(people);
  const holders = new Map(everyone.map((p) => [p.citizenId, p]));
  let issued = 0;
  for (const item of z.array(demoLicence).parse(licences)) {
    const holder = holders.get(item.holder);
    if (!holder) throw new Error(`demo licence for unknown holder ${item.holder}`);
    const em = orm.fork();
    if (await em.findOne(LicenceEntity, { holderCitizenId: item.holder, type: item.type })) continue;
    const type = licenceType(item.type)!;
    const licence = await issueLicence(em, sealKeys, type.issuerDept as Department, {
      type: item.type,
      holderCitizenId: holder.citizenId,
      holderName: holder.name,
      jurisdiction: holder.divisionCode,
      data: { ...holderData(item.type, holder, everyone), ...item.data },
      validFrom: "2020-01-01",
    });
    if (item.status === "REVOKED") {
      licence.revokedAt = new Date();
      licence.revocationReason = item.reason ?? "revoked";
      await em.flush();
    }
    issued += 1;
  }
  return issued;
}
