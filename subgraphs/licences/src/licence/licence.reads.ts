import { keyedRead, preparedRead } from "@gongxiang/kit";
import type { LicenceEntity } from "./licence.entity.js";

/** A licence's row as the entity holds it (dates as YYYY-MM-DD), read without the ORM. */
export type LicenceRow = Readonly<LicenceEntity>;

const COLUMNS = `id, identifier, number, type, holder_citizen_id as "holderCitizenId",
  holder_name as "holderName", holder_id_type as "holderIdType", issuer_dept as "issuerDept",
  issuer_code as "issuerCode", to_json(issued_at) #>> '{}' as "issuedAt", valid_from::text as "validFrom",
  valid_until::text as "validUntil", jurisdiction, data, salts, version, seal,
  to_json(revoked_at) #>> '{}' as "revokedAt", revocation_reason as "revocationReason", issue_key as "issueKey"`;

/** Timestamps come as text from the pool's connections: the entity holds Dates. */
const withDates = (raw: Record<string, unknown>): LicenceRow => {
  const row = raw as unknown as LicenceRow & { issuedAt: string; revokedAt: string | null };
  return {
    ...row,
    issuedAt: new Date(row.issuedAt),
    revokedAt: row.revokedAt === null ? null : new Date(row.revokedAt),
  };
};

/** The licences of holders, oldest first: what a prefill and a person's licences read. */
export const LICENCES_BY_HOLDER = keyedRead<LicenceRow>(
  "licence_by_holder",
  `select ${COLUMNS} from licence where holder_citizen_id = any($1::varchar[])
   order by issued_at asc, identifier asc`,
  (row) => row.holderCitizenId,
  withDates,
);

/**
 * The household register in force, as of a day, that lists a person among its members. The type
 * is written out, not a parameter: a prepared statement's generic plan can use the partial index
 * on the members only when its predicate is in the text.
 */
export const REGISTER_LISTING = preparedRead<LicenceRow, [string, string]>(
  "licence_register_listing",
  `select ${COLUMNS} from licence where type = 'HOUSEHOLD_REGISTER' and revoked_at is null
     and (valid_until is null or valid_until >= $1::date) and data -> 'members' @> $2::jsonb
   order by issued_at desc limit 1`,
  withDates,
);
