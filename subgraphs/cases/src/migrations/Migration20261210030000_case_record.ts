import { Migration } from "@mikro-orm/migrations";

/**
 * Eligibility decided or attested, the stated contact phone, the refusing rule; one open case per
 * applicant and item (intakes aside: one that a crash interrupted must not block the applicant;
 * the second of two intakes loses when it settles); and a chained history: each event carries its place (seq), the previous
 * event's hash and the digests of the content it was taken on, all under its seal.
 */
export class Migration20261210030000_case_record extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table case_file add column eligibility jsonb not null default '[]';`);
    this.addSql(`alter table case_file add column refusal_rule varchar(200);`);
    this.addSql(`alter table case_file add column contact jsonb;`);
    // Cases opened twice before this rule cannot be indexed: say which, rather than fail obscurely.
    this.addSql(`
      do $$ declare twice text; begin
        select string_agg(numbers, '; ') into twice from (
          select string_agg(number, ', ') as numbers from case_file
          where status in ('DRAFT', 'ACCEPTED', 'SUPPLEMENT_REQUIRED', 'REVIEWED', 'APPROVED',
                           'COMPLETING')
          group by applicant_citizen_id, item_code having count(*) > 1) d;
        if twice is not null then
          raise exception 'one open case per applicant and item: close all but one of %', twice;
        end if;
      end $$;`);
    this.addSql(`
      create unique index case_file_one_open on case_file (applicant_citizen_id, item_code)
      where status in ('DRAFT', 'ACCEPTED', 'SUPPLEMENT_REQUIRED', 'REVIEWED', 'APPROVED',
                       'COMPLETING');`);
    this.addSql(`alter table case_event add column seq integer;`);
    this.addSql(`alter table case_event add column prev_hash char(64);`);
    this.addSql(`alter table case_event add column hash char(64);`);
    this.addSql(`alter table case_event add column content_digests jsonb;`);
    this.addSql(`create unique index case_event_seq on case_event (case_id, seq);`);
  }
}
