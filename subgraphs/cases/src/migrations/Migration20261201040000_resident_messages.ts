import { Migration } from "@mikro-orm/migrations";

/** 我有话说: residents' messages to departments, their answers and ratings. */
export class Migration20261201040000_resident_messages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence resident_message_serial start 1;`);
    this.addSql(`
      create table resident_message (
        id uuid primary key,
        number varchar(24) not null unique,
        about varchar(8) not null check (about in ('ITEM', 'SITE', 'CASE')),
        item_code varchar(64),
        site_code varchar(12),
        case_id uuid,
        department varchar(40) not null,
        question text not null,
        submitter_citizen_id varchar(18),
        submitter_key varchar(160) not null,
        receipt_hash char(64),
        contact_phone_sealed bytea,
        publishable boolean not null,
        created_at timestamptz not null,
        due_on date not null,
        answer text,
        answered_by varchar(128),
        answered_at timestamptz,
        answered_on date,
        published boolean not null default false,
        public_question text,
        public_answer text,
        rating smallint check (rating between 1 and 5),
        rated_at timestamptz,
        check ((answer is null) = (answered_at is null))
      );`);
    this.addSql(
      `create index resident_message_department on resident_message (department, created_at desc);`,
    );
    this.addSql(
      `create index resident_message_submitter on resident_message (submitter_key, created_at);`,
    );
    this.addSql(
      `create index resident_message_published on resident_message (created_at desc) where published;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table resident_message;`);
    this.addSql(`drop sequence resident_message_serial;`);
  }
}
