import { Migration } from "@mikro-orm/migrations";

export class Migration20261122060000_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table case_file (
        id uuid primary key,
        number varchar(40) not null unique,
        item_code varchar(64) not null,
        item_version integer not null,
        item_name varchar(100) not null,
        department varchar(40) not null,
        scope varchar(10) not null,
        promised_working_days integer not null,
        result_licence_type varchar(40),
        applicant_citizen_id varchar(18) not null check (applicant_citizen_id ~ '^[0-9]{17}[0-9X]$'),
        applicant_name varchar(64),
        site varchar(12) not null,
        applicant_division varchar(12),
        status varchar(20) not null,
        resume_status varchar(20),
        form_fields jsonb not null,
        materials jsonb not null,
        steps jsonb not null,
        step_index integer not null,
        supplement_request jsonb,
        refusal_reason varchar(300),
        accepted_on date,
        deadline date,
        completed_on date,
        supervision varchar(8) not null,
        result_licence_identifier varchar(80),
        visits integer not null,
        rating integer check (rating between 1 and 5),
        rating_comment varchar(500),
        rated_by varchar(128),
        follow_up_due date,
        follow_up_answer varchar(1000),
        idempotency_key varchar(100) not null,
        created_by varchar(128) not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null,
        unique (created_by, idempotency_key)
      );`);
    this.addSql(`create index case_file_department on case_file (department, status);`);
    this.addSql(`create index case_file_site on case_file (site, created_at);`);
    this.addSql(`create index case_file_applicant on case_file (applicant_citizen_id);`);
    this.addSql(`
      create table case_number_counter (
        site varchar(12) not null,
        day date not null,
        last integer not null,
        primary key (site, day)
      );`);
    this.addSql(`
      create table case_event (
        id bigserial primary key,
        case_id uuid not null references case_file (id),
        at timestamptz not null,
        actor_sub varchar(128) not null,
        actor_dept varchar(40),
        actor_role varchar(20) not null,
        actor_site varchar(12),
        action varchar(24) not null,
        from_status varchar(20) not null,
        to_status varchar(20) not null,
        opinion varchar(1000),
        content_hash char(64) not null,
        seal text not null
      );`);
    this.addSql(`create index case_event_case on case_event (case_id, id);`);
    this.addSql(`
      create table official_key (
        kid varchar(64) primary key,
        owner varchar(128) not null,
        public_jwk jsonb not null,
        private_jwk_sealed text not null,
        created_at timestamptz not null,
        retired_at timestamptz
      );`);
    this.addSql(
      `create unique index official_key_current on official_key (owner) where retired_at is null;`,
    );
    this.addSql(`
      create table case_upload (
        id uuid primary key,
        case_id uuid not null references case_file (id),
        material_name varchar(60) not null,
        media_type varchar(40) not null,
        size integer not null,
        sha256 char(64) not null,
        created_at timestamptz not null,
        created_by varchar(128) not null
      );`);
    // The PostgreSQL upload store: encrypted bytes, apart from the metadata.
    this.addSql(`
      create table case_upload_content (
        upload_id uuid primary key references case_upload (id),
        content bytea not null
      );`);
    this.addSql(`
      create table notification_outbox (
        id uuid primary key,
        case_id uuid not null references case_file (id),
        recipient varchar(128) not null,
        kind varchar(24) not null,
        message varchar(300) not null,
        created_at timestamptz not null,
        attempts integer not null,
        next_attempt_at timestamptz not null,
        claimed_until timestamptz,
        delivered_at timestamptz,
        last_error varchar(300)
      );`);
    this.addSql(
      `create index notification_outbox_due on notification_outbox (next_attempt_at) where delivered_at is null;`,
    );
    // The default transport's log: one row per notification, whatever the retries.
    this.addSql(`
      create table notification_delivery (
        notification_id uuid primary key,
        delivered_at timestamptz not null,
        recipient varchar(128) not null,
        message varchar(300) not null
      );`);
  }
}
