import { Migration } from "@mikro-orm/migrations";

export class Migration20261122040000_access_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table access_log (
        id bigint primary key,
        at timestamptz not null,
        request_id varchar(100) not null,
        caller_sub varchar(128) not null,
        caller_dept varchar(40),
        caller_roles jsonb not null,
        caller_site varchar(12),
        purpose varchar(80),
        subject varchar(18) not null,
        base varchar(20) not null,
        items jsonb not null,
        prev_hash char(64) not null,
        hash char(64) not null
      );`);
    this.addSql(`create index access_log_subject on access_log (subject, id);`);
    this.addSql(`create index access_log_dept on access_log (caller_dept, id);`);
    // Append-only: entries are never changed or removed through normal access.
    this.addSql(`
      create function access_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the access log is append-only';
      end $$;`);
    this.addSql(`
      create trigger access_log_append_only before update or delete or truncate on access_log
        for each statement execute function access_log_append_only();`);
  }
}
