import { preparedRead } from "@gongxiang/kit";
import type { CaseEntity } from "./case.entity.js";

/** What the bases are told about a `case:<id>` purpose: a few columns, not the whole case. */
export interface CasePurposeRow {
  id: string;
  number: string;
  department: string;
  status: string;
  applicantCitizenId: string;
  itemCode: string;
}

/**
 * Asked when a base is given a case purpose this base did not vouch for in its own token (an
 * official reading with `x-purpose: case:<id>`); an intake's prefill carries the vouch instead.
 */
export const CASE_PURPOSE = preparedRead<CasePurposeRow, [string]>(
  "case_purpose",
  `select id, number, department, status, applicant_citizen_id as "applicantCitizenId",
     item_code as "itemCode" from case_file where id = $1::uuid`,
);

/** The number of an applicant's case of an item in one of the given statuses, if any. */
export const CASE_IN_STATUS = preparedRead<
  { number: string; department: string; site: string },
  [string, string, string[]]
>(
  "case_in_status",
  `select number, department, site from case_file
   where applicant_citizen_id = $1 and item_code = $2 and status = any($3::varchar[]) limit 1`,
);

/**
 * An intake's first read, in one round trip: the case the official's idempotency key stands for
 * (almost always none), and an open case of the applicant and item, in one of the given
 * statuses, that a new one would duplicate. Always one row, its columns null where none.
 */
export const INTAKE_CHECKS = preparedRead<
  { keyed: string | null; open: { number: string; department: string; site: string } | null },
  [string, string, string, string, string[]]
>(
  "intake_checks",
  `select
     (select id from case_file where created_by = $1 and idempotency_key = $2) as keyed,
     (select jsonb_build_object('number', number, 'department', department, 'site', site)
        from case_file
        where applicant_citizen_id = $3 and item_code = $4 and status = any($5::varchar[])
        limit 1) as open`,
);

/** The case an official's idempotency key stands for, if any: almost always none. */
export const CASE_BY_KEY = preparedRead<{ id: string }, [string, string]>(
  "case_by_key",
  `select id from case_file where created_by = $1 and idempotency_key = $2`,
);

/** What a case's supervision colour turns on, for every running case (the worker's sweep). */
export const RUNNING_CASE_CLOCKS = preparedRead<
  Pick<CaseEntity, "id" | "status" | "supervision" | "acceptedOn" | "deadline">,
  [string[]]
>(
  "running_case_clocks",
  `select id, status, supervision, accepted_on::text as "acceptedOn", deadline::text as deadline
   from case_file where status = any($1::varchar[])`,
);
