import { Migration } from "@mikro-orm/migrations";

export class Migration20261122030000_grants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table sharing_grant (
        id uuid primary key,
        consumer varchar(40) not null,
        provider varchar(40) not null,
        items jsonb not null check (jsonb_typeof(items) = 'array' and jsonb_array_length(items) > 0),
        level varchar(8) not null check (level in ('FULL', 'MASKED', 'VERIFY')),
        purposes jsonb not null check (jsonb_typeof(purposes) = 'array'),
        legal_basis text not null,
        valid_from date not null,
        valid_until date,
        status varchar(10) not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED')),
        requested_at timestamptz not null,
        requested_by varchar(128) not null,
        due_on date not null,
        decided_at timestamptz,
        decided_by varchar(128),
        decision_reason varchar(200),
        revoked_at timestamptz,
        revoked_by varchar(128),
        revocation_reason varchar(200),
        check (valid_until is null or valid_until >= valid_from),
        check ((status = 'REVOKED') = (revoked_at is not null))
      );`);
    this.addSql(`create index sharing_grant_consumer on sharing_grant (consumer, status);`);
    this.addSql(`create index sharing_grant_due on sharing_grant (due_on, id);`);
  }
}
