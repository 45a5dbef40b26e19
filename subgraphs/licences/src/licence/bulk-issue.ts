import { withPgClient, type Department, type Orm } from "@gongxiang/kit";
import { licenceType } from "../licence-type/licence-types.js";
import type { SealKeys } from "../seal/seal-keys.js";
import { prepareLicence } from "./licence-issuance.js";
import type { IssueLicenceInput } from "./licence.input.js";

/**
 * Issues many licences at once (seeding): each validated and sealed like any other, serials
 * reserved in one statement, rows written in one statement through unnest() arrays.
 */
export async function issueLicencesInBulk(
  orm: Orm,
  sealKeys: SealKeys,
  inputs: IssueLicenceInput[],
): Promise<number> {
  if (inputs.length === 0) return 0;
  return withPgClient(orm, async (client) => {
    const serials = await client.query(
      "select nextval('licence_serial')::text as serial from generate_series(1, $1::int)",
      [inputs.length],
    );
    const issuedAt = new Date();
    const licences = await Promise.all(
      inputs.map((input, i) =>
        prepareLicence(
          sealKeys,
          licenceType(input.type)!.issuerDept as Department,
          input,
          String(serials.rows[i]!.serial),
          issuedAt,
        ),
      ),
    );
    const col = <K extends keyof (typeof licences)[number]>(key: K) => licences.map((l) => l[key]);
    const result = await client.query(
      `insert into licence (id, identifier, number, type, holder_citizen_id, holder_name, holder_id_type,
         issuer_dept, issuer_code, issued_at, valid_from, valid_until, jurisdiction, data, salts, version, seal)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[], $10::timestamptz[], $11::date[], $12::date[], $13::text[], $14::jsonb[],
         $15::jsonb[], $16::int[], $17::text[])`,
      [
        col("id"),
        col("identifier"),
        col("number"),
        col("type"),
        col("holderCitizenId"),
        col("holderName"),
        col("holderIdType"),
        col("issuerDept"),
        col("issuerCode"),
        col("issuedAt"),
        col("validFrom"),
        col("validUntil"),
        col("jurisdiction"),
        licences.map((l) => JSON.stringify(l.data)),
        licences.map((l) => JSON.stringify(l.salts)),
        col("version"),
        col("seal"),
      ],
    );
    return result.rowCount ?? 0;
  });
}
