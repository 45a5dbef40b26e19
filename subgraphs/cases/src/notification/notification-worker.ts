import { PreparedReads, type Logger, type Orm, type WorkingCalendar } from "@gongxiang/kit";
import { CaseEntity } from "../case/case.entity.js";
import { RUNNING_CASE_CLOCKS } from "../case/case.reads.js";
import { CaseStatus, Supervision } from "../case/case.enums.js";
import type { CaseClock } from "../supervision/case-clock.js";
import { supervisionOn } from "../supervision/supervision.js";
import { maskedPhone, type AddressBook, type NoticeCase } from "./address-book.js";
import { supervisionText } from "./notice-texts.js";
import { queueNotification } from "./notify.js";
import { OutboxEntity, type NoticeState } from "./outbox.entity.js";
import { PermanentDeliveryError, type NotificationTransport } from "./transport.js";

const MAX_BACKOFF_MS = 300_000;
const RUNNING = [
  CaseStatus.ACCEPTED,
  CaseStatus.SUPPLEMENT_REQUIRED,
  CaseStatus.REVIEWED,
  CaseStatus.APPROVED,
];

export interface NotificationWorkerOptions {
  orm: Orm;
  transport: NotificationTransport;
  addresses: Pick<AddressBook, "resolveAll">;
  clock: CaseClock;
  calendar: WorkingCalendar;
  log: Logger;
  intervalMs: number;
  /** How long a claimed notice is held before another worker may take it over. */
  claimMs?: number;
  /** Work that a crash may have left half done (completions), finished on every pass. */
  recovery?: (() => Promise<unknown>) | null;
}

/**
 * Claims the next queued notices for a while (the claim's length in ms is the one parameter):
 * the first queued notice of each case whose earlier notices are all done, with what of its case
 * the address turns on. Reads the queued notices alone (notification_outbox_queued), never the
 * outbox's history.
 */
export const CLAIM_QUEUED = `with claimed as (
     update notification_outbox set claimed_until = now() + (? || ' milliseconds')::interval
     where id in (
       select o.id from notification_outbox o
       where o.state = 'QUEUED' and o.next_attempt_at <= now()
         and (o.claimed_until is null or o.claimed_until < now())
         and not exists (select 1 from notification_outbox e
           where e.case_id = o.case_id and e.seq < o.seq and e.state = 'QUEUED')
       order by o.seq limit 50 for update skip locked)
     returning *)
   select claimed.*, c.applicant_citizen_id as case_applicant_citizen_id,
     c.department as case_department, c.item_code as case_item_code,
     c.contact as case_contact
   from claimed join case_file c on c.id = claimed.case_id`;

/**
 * The background worker: turns supervision colours as the days pass (a notice to the applicant
 * for every YELLOW or RED; the department sees the colour in its inbox), and delivers the outbox:
 * each case's notices one after the other in the order they were queued, each to the number the
 * address book finds, retried with backoff. Rows are claimed for a while, so a worker that dies
 * mid-delivery hands them on.
 */
export class NotificationWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly claimMs: number;
  private readonly reads: PreparedReads;

  constructor(private readonly options: NotificationWorkerOptions) {
    this.claimMs = options.claimMs ?? 30_000;
    this.reads = new PreparedReads(options.orm);
  }

  start(): void {
    const tick = () => {
      this.timer = setTimeout(() => {
        this.running = this.runOnce()
          .then(() => undefined)
          .catch((error: unknown) =>
            this.options.log.warn({ err: error }, "notification worker pass failed"),
          )
          .finally(() => {
            this.running = null;
            if (this.timer) tick();
          });
      }, this.options.intervalMs);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  async runOnce(): Promise<{ turned: number; delivered: number }> {
    await this.options.recovery?.();
    const turned = await this.sweepSupervision();
    const delivered = await this.deliver();
    return { turned, delivered };
  }

  /** Colour changes since the last pass, each with its notice, in one transaction per case. */
  async sweepSupervision(): Promise<number> {
    const { orm, clock, calendar } = this.options;
    const today = clock.today();
    const em = orm.fork();
    // Every pass looks at every running case: only the columns its colour turns on, not whole
    // cases (hydrating each twice a second grew with the number of open cases).
    const open = await this.reads.all(RUNNING_CASE_CLOCKS, [RUNNING]);
    let turned = 0;
    for (const candidate of open) {
      const colour = supervisionOn(candidate, today, calendar);
      if (colour === candidate.supervision) continue;
      await em.transactional(async (tx) => {
        const row = await tx.findOne(CaseEntity, {
          id: candidate.id,
          supervision: candidate.supervision,
        });
        if (!row) return; // someone else turned it
        row.supervision = colour;
        if (colour === Supervision.YELLOW || colour === Supervision.RED) {
          queueNotification(
            tx,
            row,
            `SUPERVISION_${colour}`,
            supervisionText(row, colour === Supervision.RED),
          );
        }
        turned++;
      });
    }
    return turned;
  }

  /** Delivers due notices, each case's in order; a failure is retried with exponential backoff. */
  async deliver(): Promise<number> {
    const claimed = await this.claim();
    const addresses = await this.options.addresses.resolveAll(claimed.map(({ about }) => about));
    let delivered = 0;
    for (const [i, { notice }] of claimed.entries()) {
      try {
        const address = addresses[i]!;
        if (address instanceof Error) throw address;
        if (address.kind === "deceased") {
          await this.finish(notice, "SUPPRESSED", { reason: "the applicant is deceased" });
          continue;
        }
        if (address.kind === "none") {
          await this.finish(notice, "UNDELIVERABLE", { reason: address.reason });
          continue;
        }
        await this.options.transport.send({
          id: notice.id,
          phone: address.phone,
          text: notice.message,
          kind: notice.kind,
        });
        await this.finish(notice, "DELIVERED", {
          deliveredAt: new Date(),
          deliveredTo: maskedPhone(address.phone),
          channel: address.channel,
        });
        delivered++;
      } catch (error) {
        const message = String((error as Error).message ?? error).slice(0, 300);
        if (error instanceof PermanentDeliveryError) {
          await this.finish(notice, "UNDELIVERABLE", { reason: message });
          continue;
        }
        const attempts = notice.attempts + 1;
        const backoff = Math.min(1000 * 2 ** attempts, MAX_BACKOFF_MS);
        await this.options.orm.fork().nativeUpdate(
          OutboxEntity,
          { id: notice.id },
          {
            attempts,
            nextAttemptAt: new Date(Date.now() + backoff),
            claimedUntil: null,
            lastError: message,
          },
        );
      }
    }
    return delivered;
  }

  private async finish(
    notice: OutboxEntity,
    state: Exclude<NoticeState, "QUEUED">,
    details: Partial<Pick<OutboxEntity, "reason" | "deliveredAt" | "deliveredTo" | "channel">>,
  ): Promise<void> {
    await this.options.orm
      .fork()
      .nativeUpdate(
        OutboxEntity,
        { id: notice.id },
        { ...details, state, attempts: notice.attempts + 1, claimedUntil: null, lastError: null },
      );
  }

  /** Claims the next notices (CLAIM_QUEUED), in the order they were queued. */
  private async claim(): Promise<{ notice: OutboxEntity; about: NoticeCase }[]> {
    const em = this.options.orm.fork();
    const rows: Record<string, unknown>[] = await em
      .getConnection()
      .execute(CLAIM_QUEUED, [String(this.claimMs)]);
    return rows
      .map((row) => ({
        notice: em.map(OutboxEntity, row),
        about: {
          applicantCitizenId: String(row.case_applicant_citizen_id),
          department: String(row.case_department),
          itemCode: String(row.case_item_code),
          contact: (row.case_contact ?? null) as NoticeCase["contact"],
        },
      }))
      .sort((a, b) => Number(a.notice.seq) - Number(b.notice.seq));
  }
}
