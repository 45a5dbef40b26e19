import type { PgClient } from "../orm/pg-client.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import type { LogEntry } from "./log-leaf.js";
import { periodDate, type LogPartition } from "./log-partition.js";
import { nodeKey, type NodeRef } from "./merkle.js";

/** A stored tree node: a leaf hash (level 0, with its MAC) or an interior node. */
export interface StoredNode extends NodeRef {
  hash: Buffer;
  mac: Buffer | null;
}

export interface PartitionHead extends LogPartition {
  /** Entries the writers say they appended (the head row: informative, never trusted). */
  size: number;
}

/** Times leave the database as ISO 8601 text, exactly (microseconds), whatever the driver does. */
export const isoText = (column: string, digits: "MS" | "US") =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.${digits}"Z"')`;

const ENTRY_COLUMNS = `base, to_char(period, 'YYYY-MM') as month, seq::text as seq,
  ${isoText("at", "US")} as at, request_id,
  salt, caller_sub, caller_dept, caller_roles, caller_site, purpose, case_number, item_code,
  subject, items`;
const CHECKPOINT_COLUMNS = `id::text as id, base, to_char(period, 'YYYY-MM') as month,
  tree_size::text as tree_size, root_hash, ${isoText("signed_at", "MS")} as signed_at, kid, jws`;

export function toEntry(row: Record<string, unknown>): LogEntry {
  return {
    base: String(row.base),
    month: String(row.month),
    seq: Number(row.seq),
    at: String(row.at),
    requestId: String(row.request_id),
    salt: String(row.salt),
    callerSub: String(row.caller_sub),
    callerDept: (row.caller_dept as string | null) ?? null,
    callerRoles: row.caller_roles as string[],
    callerSite: (row.caller_site as string | null) ?? null,
    purpose: (row.purpose as string | null) ?? null,
    caseNumber: (row.case_number as string | null) ?? null,
    itemCode: (row.item_code as string | null) ?? null,
    subject: String(row.subject),
    items: row.items as Record<string, string>,
  };
}

function toCheckpoint(row: Record<string, unknown>): SignedCheckpoint {
  return {
    id: String(row.id),
    base: String(row.base),
    month: String(row.month),
    treeSize: Number(row.tree_size),
    rootHash: String(row.root_hash),
    signedAt: new Date(String(row.signed_at)),
    kid: String(row.kid),
    jws: String(row.jws),
  };
}

/** The log's tables as the owner's parts read and append them (raw SQL: arrays stay arrays). */
export class LogStore {
  constructor(readonly client: PgClient) {}

  async heads(): Promise<PartitionHead[]> {
    const { rows } = await this.client.query(
      `select base, to_char(period, 'YYYY-MM') as month, size::text as size
         from access_log_head order by period, base`,
    );
    return rows.map((row) => ({
      base: String(row.base),
      month: String(row.month),
      size: Number(row.size),
    }));
  }

  /** Entries [from, to) of a partition in leaf order (fewer when some are missing). */
  async entries(p: LogPartition, from: number, to: number): Promise<LogEntry[]> {
    const { rows } = await this.client.query(
      `select ${ENTRY_COLUMNS} from access_log
        where period = $1::date and base = $2 and seq >= $3 and seq < $4
        order by access_log.seq`,
      [periodDate(p.month), p.base, from, to],
    );
    return rows.map(toEntry);
  }

  /** The highest leaf index stored in a partition, or -1. */
  async lastSeq(p: LogPartition): Promise<number> {
    const { rows } = await this.client.query(
      `select max(seq)::text as seq from access_log where period = $1::date and base = $2`,
      [periodDate(p.month), p.base],
    );
    return rows[0]?.seq === null || rows[0]?.seq === undefined ? -1 : Number(rows[0].seq);
  }

  /** The named nodes of a partition that are stored, by nodeKey. */
  async nodes(p: LogPartition, refs: NodeRef[]): Promise<Map<string, StoredNode>> {
    if (refs.length === 0) return new Map();
    const { rows } = await this.client.query(
      // Driven from the list, one index lookup per node, never a scan of the partition (OFFSET 0
      // keeps the planner from flattening it into a join it may misjudge on fresh statistics).
      `select n.level, n.idx::text as idx, n.hash, n.mac
         from unnest($3::smallint[], $4::bigint[]) as q(level, idx)
         cross join lateral (select level, idx, hash, mac from access_log_node
           where period = $1::date and base = $2 and level = q.level and idx = q.idx offset 0) n`,
      [periodDate(p.month), p.base, refs.map((r) => r.level), refs.map((r) => r.index)],
    );
    return new Map(
      rows.map((row) => {
        const node: StoredNode = {
          level: Number(row.level),
          index: Number(row.idx),
          hash: row.hash as Buffer,
          mac: (row.mac as Buffer | null) ?? null,
        };
        return [nodeKey(node), node];
      }),
    );
  }

  /** Every stored node covering leaves [from, to) (all levels), by nodeKey. */
  async nodesCovering(p: LogPartition, from: number, to: number): Promise<Map<string, StoredNode>> {
    const levels: number[] = [];
    const lows: number[] = [];
    const highs: number[] = [];
    for (let level = 0, span = 1; span <= to; level++, span *= 2) {
      levels.push(level);
      lows.push(Math.floor(from / span));
      highs.push(Math.floor(to / span));
    }
    const { rows } = await this.client.query(
      `select n.level, n.idx::text as idx, n.hash, n.mac
         from unnest($3::smallint[], $4::bigint[], $5::bigint[]) as q(level, lo, hi)
         cross join lateral (select level, idx, hash, mac from access_log_node
           where period = $1::date and base = $2 and level = q.level and idx >= q.lo
             and idx < q.hi offset 0) n`,
      [periodDate(p.month), p.base, levels, lows, highs],
    );
    return new Map(
      rows.map((row) => {
        const node: StoredNode = {
          level: Number(row.level),
          index: Number(row.idx),
          hash: row.hash as Buffer,
          mac: (row.mac as Buffer | null) ?? null,
        };
        return [nodeKey(node), node];
      }),
    );
  }

  async insertNodes(p: LogPartition, nodes: StoredNode[]): Promise<void> {
    for (let i = 0; i < nodes.length; i += 20_000) {
      const chunk = nodes.slice(i, i + 20_000);
      await this.client.query(
        `insert into access_log_node (base, period, level, idx, hash, mac)
           select $1, $2::date, * from unnest($3::smallint[], $4::bigint[], $5::bytea[], $6::bytea[])`,
        [
          p.base,
          periodDate(p.month),
          chunk.map((n) => n.level),
          chunk.map((n) => n.index),
          chunk.map((n) => n.hash),
          chunk.map((n) => n.mac),
        ],
      );
    }
  }

  async latestCheckpoint(p: LogPartition): Promise<SignedCheckpoint | null> {
    const { rows } = await this.client.query(
      `select ${CHECKPOINT_COLUMNS} from access_log_checkpoint
        where base = $1 and period = $2::date order by access_log_checkpoint.tree_size desc limit 1`,
      [p.base, periodDate(p.month)],
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /**
   * Each partition's latest checkpoint: the partitions found by skipping through the index
   * (a lookup per partition however many checkpoints there are), then each one's largest.
   */
  async latestCheckpoints(): Promise<SignedCheckpoint[]> {
    const { rows } = await this.client.query(
      `with recursive parts as (
         (select base, period from access_log_checkpoint order by base, period limit 1)
         union all
         select next.base, next.period from parts cross join lateral (
           select c.base, c.period from access_log_checkpoint c
            where (c.base, c.period) > (parts.base, parts.period)
            order by c.base, c.period limit 1) next)
       select latest.* from parts cross join lateral (
         select ${CHECKPOINT_COLUMNS} from access_log_checkpoint c
          where c.base = parts.base and c.period = parts.period
          order by c.tree_size desc limit 1) latest`,
    );
    return rows.map(toCheckpoint);
  }

  /** A partition's checkpoints with sizes in (above, upTo], smallest first, at most `limit`. */
  async checkpoints(
    p: LogPartition,
    above: number,
    upTo: number,
    limit = 10_000,
  ): Promise<SignedCheckpoint[]> {
    const { rows } = await this.client.query(
      `select ${CHECKPOINT_COLUMNS} from access_log_checkpoint
        where base = $1 and period = $2::date and tree_size > $3 and tree_size <= $4
        order by access_log_checkpoint.tree_size limit $5`,
      [p.base, periodDate(p.month), above, upTo, limit],
    );
    return rows.map(toCheckpoint);
  }

  /** The sizes of a partition's checkpoints strictly between two sizes, smallest first. */
  async checkpointSizes(p: LogPartition, above: number, below: number): Promise<number[]> {
    const { rows } = await this.client.query(
      `select tree_size::text as size from access_log_checkpoint
        where base = $1 and period = $2::date and tree_size > $3 and tree_size < $4
        order by tree_size`,
      [p.base, periodDate(p.month), above, below],
    );
    return rows.map((row) => Number(row.size));
  }

  async checkpointAt(p: LogPartition, size: number): Promise<SignedCheckpoint | null> {
    const { rows } = await this.client.query(
      `select ${CHECKPOINT_COLUMNS} from access_log_checkpoint
        where base = $1 and period = $2::date and tree_size = $3`,
      [p.base, periodDate(p.month), size],
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /** Checkpoints newest first (by id), of one partition or all, below an id. */
  async checkpointPage(
    p: LogPartition | null,
    beforeId: string | null,
    limit: number,
  ): Promise<SignedCheckpoint[]> {
    const { rows } = await this.client.query(
      `select ${CHECKPOINT_COLUMNS} from access_log_checkpoint
        where ($1::text is null or (base = $1 and period = $2::date))
          and ($3::bigint is null or id < $3::bigint)
        order by access_log_checkpoint.id desc limit $4`,
      [p?.base ?? null, p ? periodDate(p.month) : null, beforeId, limit],
    );
    return rows.map(toCheckpoint);
  }

  async checkpointById(id: string): Promise<SignedCheckpoint | null> {
    const { rows } = await this.client.query(
      `select ${CHECKPOINT_COLUMNS} from access_log_checkpoint where id = $1::bigint`,
      [id],
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  async insertCheckpoint(
    p: LogPartition,
    checkpoint: Omit<SignedCheckpoint, "id" | "base" | "month">,
  ): Promise<SignedCheckpoint> {
    const { rows } = await this.client.query(
      `insert into access_log_checkpoint (base, period, tree_size, root_hash, signed_at, kid, jws)
         values ($1, $2::date, $3, $4, $5, $6, $7) returning id::text as id`,
      [
        p.base,
        periodDate(p.month),
        checkpoint.treeSize,
        checkpoint.rootHash,
        checkpoint.signedAt,
        checkpoint.kid,
        checkpoint.jws,
      ],
    );
    return { ...checkpoint, id: String(rows[0]!.id), base: p.base, month: p.month };
  }
}
