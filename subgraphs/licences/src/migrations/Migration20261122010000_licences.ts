import { Migration } from "@mikro-orm/migrations";

export class Migration20261122010000_licences extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table seal_key (
        kid varchar(64) primary key,
        department varchar(40) not null,
        public_jwk jsonb not null,
        private_jwk_sealed text not null,
        created_at timestamptz not null,
        retired_at timestamptz
      );`);
    this.addSql(
      `create unique index seal_key_current on seal_key (department) where retired_at is null;`,
    );
    this.addSql(`create sequence licence_serial start 1000;`);
    this.addSql(`
      create table licence (
        id uuid primary key,
        identifier varchar(80) not null unique,
        number varchar(40) not null,
        type varchar(40) not null,
        holder_citizen_id varchar(18) not null check (holder_citizen_id ~ '^[0-9]{17}[0-9X]$'),
        holder_name varchar(64) not null,
        holder_id_type varchar(20) not null,
        issuer_dept varchar(40) not null,
        issuer_code varchar(18) not null,
        issued_at timestamptz not null,
        valid_from date not null,
        valid_until date,
        jurisdiction varchar(12) not null,
        data jsonb not null,
        version integer not null,
        seal text not null,
        revoked_at timestamptz,
        revocation_reason varchar(200),
        check ((revoked_at is null) = (revocation_reason is null))
      );`);
    this.addSql(`create index licence_holder_citizen_id_index on licence (holder_citizen_id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table licence;`);
    this.addSql(`drop sequence licence_serial;`);
    this.addSql(`drop table seal_key;`);
  }
}
