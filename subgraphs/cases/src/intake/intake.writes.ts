import { preparedWrite, type EntityManager, type PreparedReads } from "@gongxiang/kit";
import { CaseEntity } from "../case/case.entity.js";
import { OutboxEntity } from "../notification/outbox.entity.js";
import { CaseEventEntity } from "../workflow/case-event.entity.js";
import type { SealedEvent } from "../workflow/record-event.js";

/**
 * An intake writes its case twice, each time in one statement, so that at load an intake is two
 * round trips to the cases database, not ten (a profile of startCase under load had the hub's
 * thread busy most in MikroORM's query building and in sending statements one by one). Rows go
 * in as JSON objects of their columns (`jsonb_populate_record`); a column left out is null.
 */

/**
 * Takes the site's next number for the day, <site>-<yyyymmdd>-<sequence of 4 or more digits>,
 * and inserts the intake under it. The counter row is every intake's at the site that day: it is
 * held until this statement commits, never to the end of a longer transaction (that made the
 * site's intakes wait on each other). A number is never given twice; when the caller's
 * idempotency key was taken there is no row, and the number is left unused.
 */
const OPEN_INTAKE = preparedWrite<{ number: string }, [string, string, string]>(
  "case_open_intake",
  `with counter as (
     insert into case_number_counter (site, day, last) values ($2, $3::date, 1)
     on conflict (site, day) do update set last = case_number_counter.last + 1
     returning last
   )
   insert into case_file
     select r.* from counter, jsonb_populate_record(null::case_file, $1::jsonb
       || jsonb_build_object('number', $2 || '-' || to_char($3::date, 'YYYYMMDD') || '-'
         || lpad(counter.last::text, greatest(4, length(counter.last::text)), '0'))) r
   on conflict (created_by, idempotency_key) do nothing
   returning number`,
);

/**
 * Settles an intake still open at the version read: its outcome, the first step of its history
 * and the notice to the applicant (if any), all or nothing. No row when it was settled already.
 */
const SETTLE_INTAKE = preparedWrite<
  { id: string },
  [string, number, string, string, string | null]
>(
  "case_settle_intake",
  `with settled as (
     update case_file c set form_fields = o.form_fields, materials = o.materials,
         applicant_name = o.applicant_name, applicant_division = o.applicant_division,
         eligibility = o.eligibility, contact = o.contact, status = o.status,
         refusal_reason = o.refusal_reason, refusal_rule = o.refusal_rule,
         updated_at = o.updated_at, version = o.version
       from jsonb_populate_record(null::case_file, $3::jsonb) o
       where c.id = $1::uuid and c.status = 'INTAKE' and c.version = $2
       returning c.id
   ), event as (
     insert into case_event (case_id, at, actor_sub, actor_dept, actor_role, actor_site, action,
         from_status, to_status, opinion, content_hash, seq, prev_hash, hash, content_digests, seal)
       select e.case_id, e.at, e.actor_sub, e.actor_dept, e.actor_role, e.actor_site, e.action,
           e.from_status, e.to_status, e.opinion, e.content_hash, e.seq, e.prev_hash, e.hash,
           e.content_digests, e.seal
         from settled, jsonb_populate_record(null::case_event, $4::jsonb) e
   ), notice as (
     insert into notification_outbox (id, case_id, recipient, kind, message, created_at,
         attempts, next_attempt_at, state)
       select n.id, n.case_id, n.recipient, n.kind, n.message, n.created_at, n.attempts,
           n.next_attempt_at, n.state
         from settled, jsonb_populate_record(null::notification_outbox, $5::jsonb) n
         where $5::jsonb is not null
   )
   select id from settled`,
);

/** The intake row under the site's next number; null when the idempotency key was taken. */
export async function openIntake(
  em: EntityManager,
  reads: PreparedReads,
  row: Omit<CaseEntity, "number">,
  day: string,
): Promise<string | null> {
  const [opened] = await reads.write(OPEN_INTAKE, [columnsOf(em, CaseEntity, row), row.site, day]);
  return opened?.number ?? null;
}

/** True if this call settled the intake; false if it was no longer open at that version. */
export async function settleIntake(
  em: EntityManager,
  reads: PreparedReads,
  intake: { id: string; version: number },
  outcome: Partial<CaseEntity>,
  event: SealedEvent,
  notice: Omit<OutboxEntity, "seq"> | null,
): Promise<boolean> {
  const settled = await reads.write(SETTLE_INTAKE, [
    intake.id,
    intake.version,
    columnsOf(em, CaseEntity, outcome),
    columnsOf(em, CaseEventEntity, event),
    notice ? columnsOf(em, OutboxEntity, notice) : null,
  ]);
  return settled.length === 1;
}

/**
 * An entity's values as a JSON object of its columns, as MikroORM maps them. Nulls are left out:
 * in `jsonb_populate_record` a JSON null would become a jsonb `null` in a jsonb column, not NULL.
 */
function columnsOf(
  em: EntityManager,
  entity: typeof CaseEntity | typeof CaseEventEntity | typeof OutboxEntity,
  values: object,
): string {
  const columns: Record<string, unknown> = {};
  for (const prop of em.getMetadata().get(entity).props) {
    const value = (values as Record<string, unknown>)[prop.name];
    if (value !== null && value !== undefined) columns[prop.fieldNames[0]!] = value;
  }
  return JSON.stringify(columns);
}
