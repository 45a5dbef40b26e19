import { Migration } from "@mikro-orm/migrations";

/**
 * The access log as Merkle trees: partitions per base and month (China time), entries in a
 * table partitioned by month, the trees' nodes beside them, signed checkpoints, the signing
 * key (encrypted), the verification state and jobs. The hash chain's table stays, renamed, and
 * its entries are copied into the partitions in their order.
 */
export class Migration20261124000000_access_log_partitions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table access_log rename to access_log_chain;`);
    this.addSql(`alter index access_log_pkey rename to access_log_chain_pkey;`);
    this.addSql(`alter index access_log_subject rename to access_log_chain_subject;`);
    this.addSql(`alter index access_log_dept rename to access_log_chain_dept;`);

    this.addSql(`
      create table access_log (
        base varchar(20) not null,
        period date not null,
        seq bigint not null,
        at timestamptz not null,
        request_id varchar(100) not null,
        salt char(32) not null,
        caller_sub varchar(128) not null,
        caller_dept varchar(40),
        caller_roles jsonb not null,
        caller_site varchar(12),
        purpose varchar(80),
        case_number varchar(40),
        item_code varchar(80),
        subject varchar(18) not null,
        items jsonb not null,
        primary key (period, base, seq)
      ) partition by range (period);`);
    // Keyset orders (newest first) for the common reads: all, a resident's, a department's.
    // Every index is paid for by every append; the rarer filters (item, site) ride on these.
    this.addSql(`create index access_log_at on access_log (at, base, seq);`);
    this.addSql(`create index access_log_subject on access_log (subject, at, base, seq);`);
    this.addSql(`create index access_log_dept on access_log (caller_dept, at, base, seq);`);

    this.addSql(`
      create table access_log_node (
        base varchar(20) not null,
        period date not null,
        level smallint not null,
        idx bigint not null,
        hash bytea not null,
        mac bytea,
        primary key (period, base, level, idx)
      ) partition by range (period);`);
    this.addSql(`
      create table access_log_head (
        base varchar(20) not null,
        period date not null,
        size bigint not null,
        primary key (base, period)
      );`);
    this.addSql(`
      create table access_log_checkpoint (
        id bigserial primary key,
        base varchar(20) not null,
        period date not null,
        tree_size bigint not null,
        root_hash char(64) not null,
        signed_at timestamptz not null,
        kid varchar(80) not null,
        jws text not null,
        unique (base, period, tree_size)
      );`);
    this.addSql(`
      create table access_log_key (
        kid varchar(80) primary key,
        owner varchar(40) not null,
        public_jwk jsonb not null,
        private_jwk_sealed text not null,
        created_at timestamptz not null,
        retired_at timestamptz
      );`);
    this.addSql(
      `create unique index access_log_key_current on access_log_key (owner) where retired_at is null;`,
    );
    this.addSql(`
      create table access_log_verified (
        base varchar(20) not null,
        period date not null,
        tree_size bigint not null,
        root_hash char(64) not null,
        verified_at timestamptz not null,
        mac char(64) not null,
        primary key (base, period)
      );`);
    this.addSql(`
      create table access_log_verification_job (
        id uuid primary key,
        status varchar(12) not null,
        requested_by varchar(128) not null,
        started_at timestamptz not null,
        heartbeat_at timestamptz not null,
        finished_at timestamptz,
        total bigint not null,
        checked bigint not null,
        ok boolean,
        first_broken_entry_id varchar(60),
        problem text
      );`);
    this.addSql(
      `create index access_log_verification_job_started on access_log_verification_job (started_at, id);`,
    );

    // Entries, nodes and checkpoints are never changed or removed through normal access (row
    // triggers reach every partition; TRUNCATE is refused per partition as it is created).
    for (const table of ["access_log", "access_log_node", "access_log_checkpoint"]) {
      this.addSql(`
        create trigger ${table}_append_only before update or delete on ${table}
          for each row execute function access_log_append_only();`);
    }
    this.addSql(`
      create trigger access_log_checkpoint_no_truncate before truncate on access_log_checkpoint
        for each statement execute function access_log_append_only();`);

    // A month's partitions, created ahead by the log's owner and on demand by a writer.
    this.addSql(`
      create function access_log_ensure_period(p date) returns void language plpgsql as $$
      declare
        first date := date_trunc('month', p)::date;
        suffix text := to_char(date_trunc('month', p), 'YYYYMM');
        tbl text;
      begin
        foreach tbl in array array['access_log', 'access_log_node'] loop
          if to_regclass(tbl || '_p' || suffix) is null then
            begin
              execute format('create table %I partition of %I for values from (%L) to (%L)',
                tbl || '_p' || suffix, tbl, first, (first + interval '1 month')::date);
              execute format('create trigger %I before truncate on %I for each statement
                execute function access_log_append_only()',
                tbl || '_p' || suffix || '_no_truncate', tbl || '_p' || suffix);
            exception when duplicate_table or unique_violation then
              null; -- another writer created it a moment ago
            end;
          end if;
        end loop;
      end $$;`);

    // The chain's entries, in their order, become the first leaves of their partitions.
    this.addSql(`
      select access_log_ensure_period(m)
        from (select distinct date_trunc('month', at at time zone 'Asia/Shanghai')::date as m
                from access_log_chain
              union
              select (date_trunc('month', now() at time zone 'Asia/Shanghai') + g * interval '1 month')::date
                from generate_series(0, 2) as g) months;`);
    this.addSql(`
      insert into access_log (base, period, seq, at, request_id, salt, caller_sub, caller_dept,
          caller_roles, caller_site, purpose, case_number, item_code, subject, items)
        select base, period, row_number() over (partition by base, period order by id) - 1, at,
            request_id, replace(gen_random_uuid()::text, '-', ''), caller_sub, caller_dept,
            caller_roles, caller_site, purpose, null,
            case when purpose like 'item:%' then substr(purpose, 6) end, subject, items
          from (select *, date_trunc('month', at at time zone 'Asia/Shanghai')::date as period
                  from access_log_chain) chain;`);
    this.addSql(`
      insert into access_log_head (base, period, size)
        select base, period, count(*) from access_log group by base, period;`);
  }
}
