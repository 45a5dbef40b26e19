import { Migration } from "@mikro-orm/migrations";

export class Migration20261122000000_persons extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table household (
        id uuid primary key,
        number varchar(17) not null unique,
        division_code varchar(12) not null check (division_code ~ '^[0-9]{12}$'),
        address varchar(200) not null,
        head_citizen_id varchar(18) not null
      );`);
    this.addSql(`
      create table person (
        id uuid primary key,
        citizen_id varchar(18) not null unique check (citizen_id ~ '^[0-9]{17}[0-9X]$'),
        name varchar(64) not null,
        gender text not null check (gender in ('MALE', 'FEMALE')),
        birth_date date not null,
        ethnicity varchar(32) not null,
        address varchar(200) not null,
        division_code varchar(12) not null check (division_code ~ '^[0-9]{12}$'),
        phone varchar(20),
        marital_status text not null check (marital_status in ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED')),
        status text not null check (status in ('ALIVE', 'DECEASED', 'MIGRATED_OUT')),
        death_date date,
        household_id uuid references household (id),
        relation_to_head text check (relation_to_head in
          ('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'SIBLING', 'OTHER')),
        check ((status = 'DECEASED') = (death_date is not null))
      );`);
    this.addSql(`create index person_household_id_index on person (household_id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table person;`);
    this.addSql(`drop table household;`);
  }
}
