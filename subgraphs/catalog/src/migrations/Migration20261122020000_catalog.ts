import { Migration } from "@mikro-orm/migrations";

export class Migration20261122020000_catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table service_item (
        id uuid primary key,
        code varchar(64) not null check (code ~ '^[a-z][a-z0-9-]{1,63}$'),
        version integer not null check (version > 0),
        status varchar(12) not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
        revision integer not null,
        name varchar(100) not null,
        department varchar(40) not null,
        level varchar(10) not null,
        scope varchar(10) not null,
        region_code varchar(12),
        legal_basis text not null,
        acceptance_conditions text not null,
        promised_working_days integer not null,
        statutory_working_days integer not null,
        max_trips integer not null,
        fee_fen integer not null,
        result_licence_type varchar(40),
        form_fields jsonb not null,
        materials jsonb not null,
        eligibility jsonb not null,
        steps jsonb not null,
        created_at timestamptz not null,
        created_by varchar(128) not null,
        published_at timestamptz,
        published_by varchar(128),
        withdrawn_at timestamptz,
        withdrawal_reason varchar(200),
        unique (code, version),
        check (promised_working_days <= statutory_working_days),
        check ((status = 'DRAFT') = (published_at is null))
      );`);
    // At most one draft per item: editing a published item opens the next version's draft.
    this.addSql(
      `create unique index service_item_one_draft on service_item (code) where status = 'DRAFT';`,
    );
    this.addSql(`create index service_item_department on service_item (department, code);`);
    // A published version never changes: only its withdrawal may be recorded.
    this.addSql(`
      create function service_item_published_is_frozen() returns trigger language plpgsql as $$
      begin
        if old.status <> 'DRAFT' and (
          (to_jsonb(new) - 'status' - 'withdrawn_at' - 'withdrawal_reason')
          <> (to_jsonb(old) - 'status' - 'withdrawn_at' - 'withdrawal_reason')
          or new.status = 'DRAFT'
          or (old.status = 'WITHDRAWN' and new.status <> 'WITHDRAWN')
        ) then
          raise exception 'service item % version % is published and cannot change', old.code, old.version;
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger service_item_frozen before update on service_item
        for each row execute function service_item_published_is_frozen();`);
    this.addSql(`
      create trigger service_item_no_delete before delete on service_item
        for each row when (old.status <> 'DRAFT') execute function service_item_published_is_frozen();`);

    this.addSql(`
      create table data_resource (
        item varchar(80) primary key check (item ~ '^([A-Z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*|Licence:[A-Z][A-Z_]*)$'),
        base varchar(20) not null check (base in ('population', 'licences')),
        provider varchar(40) not null,
        description varchar(200) not null,
        sensitivity varchar(12) not null check (sensitivity in ('PUBLIC', 'INTERNAL', 'SENSITIVE', 'SECRET')),
        share_type varchar(16) not null check (share_type in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
        masking varchar(16) not null,
        household_scope boolean not null,
        data_keys jsonb,
        classified_at timestamptz not null,
        classified_by varchar(128) not null
      );`);

    this.addSql(`
      create table service_site (
        code varchar(12) primary key check (code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
        name varchar(100) not null,
        level varchar(10) not null check (level in ('VILLAGE', 'TOWN', 'COUNTY', 'CITY'))
      );`);

    this.addSql(`
      create table catalog_change (
        id bigserial primary key,
        at timestamptz not null,
        actor_sub varchar(128) not null,
        actor_dept varchar(40),
        action varchar(12) not null,
        subject varchar(100) not null,
        detail jsonb not null
      );`);
    this.addSql(`create index catalog_change_subject on catalog_change (subject, id);`);
    this.addSql(`
      create function catalog_change_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the catalog change log is append-only';
      end $$;`);
    this.addSql(`
      create trigger catalog_change_append_only before update or delete on catalog_change
        for each statement execute function catalog_change_append_only();`);
  }
}
