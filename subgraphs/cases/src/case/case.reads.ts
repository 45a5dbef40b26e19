import { preparedRead } from "@gongxiang/kit";

/** What the bases are told about a `case:<id>` purpose: a few columns, not the whole case. */
export interface CasePurposeRow {
  id: string;
  number: string;
  department: string;
  status: string;
  applicantCitizenId: string;
  itemCode: string;
}

/** Asked twice per intake (the population and e-licence bases each confirm the purpose). */
export const CASE_PURPOSE = preparedRead<CasePurposeRow, [string]>(
  "case_purpose",
  `select id, number, department, status, applicant_citizen_id as "applicantCitizenId",
     item_code as "itemCode" from case_file where id = $1::uuid`,
);

/** The number of an applicant's case of an item in one of the given statuses, if any. */
export const CASE_IN_STATUS = preparedRead<{ number: string }, [string, string, string[]]>(
  "case_in_status",
  `select number from case_file
   where applicant_citizen_id = $1 and item_code = $2 and status = any($3::varchar[]) limit 1`,
);
