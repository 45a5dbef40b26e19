import type { Logger, Orm, WorkingCalendar } from "@gongxiang/kit";
import { CaseEntity } from "../case/case.entity.js";
import { CaseStatus, Supervision } from "../case/case.enums.js";
import type { CaseClock } from "../supervision/case-clock.js";
import { supervisionOn } from "../supervision/supervision.js";
import { queueNotification } from "./notify.js";
import { OutboxEntity } from "./outbox.entity.js";
import type { NotificationTransport } from "./transport.js";

const MAX_BACKOFF_MS = 300_000;
const RUNNING = [
  CaseStatus.ACCEPTED,
  CaseStatus.SUPPLEMENT_REQUIRED,
  CaseStatus.REVIEWED,
  CaseStatus.APPROVED,
];

/**
 * The background worker: turns supervision colours as the days pass (queuing a notice to the
 * applicant and the department for every YELLOW or RED), and delivers the outbox with retries
 * and backoff. Rows are claimed for a while, so a worker that dies mid-delivery hands them on.
 */
export class NotificationWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly transport: NotificationTransport,
    private readonly clock: CaseClock,
    private readonly calendar: WorkingCalendar,
    private readonly log: Logger,
    private readonly intervalMs: number,
    /** How long a claimed notification is held before another worker may take it over. */
    private readonly claimMs = 30_000,
  ) {}

  start(): void {
    const tick = () => {
      this.timer = setTimeout(() => {
        this.running = this.runOnce()
          .then(() => undefined)
          .catch((error: unknown) =>
            this.log.warn({ err: error }, "notification worker pass failed"),
          )
          .finally(() => {
            this.running = null;
            if (this.timer) tick();
          });
      }, this.intervalMs);
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
    const turned = await this.sweepSupervision();
    const delivered = await this.deliver();
    return { turned, delivered };
  }

  /** Colour changes since the last pass, each with its notices, in one transaction per case. */
  async sweepSupervision(): Promise<number> {
    const today = this.clock.today();
    const em = this.orm.fork();
    const open = await em.find(CaseEntity, { status: { $in: RUNNING } });
    let turned = 0;
    for (const candidate of open) {
      const colour = supervisionOn(candidate, today, this.calendar);
      if (colour === candidate.supervision) continue;
      await em.transactional(async (tx) => {
        const row = await tx.findOne(CaseEntity, {
          id: candidate.id,
          supervision: candidate.supervision,
        });
        if (!row) return; // someone else turned it
        row.supervision = colour;
        if (colour === Supervision.YELLOW || colour === Supervision.RED) {
          const text = colour === Supervision.RED ? "已超期" : "即将到期";
          queueNotification(
            tx,
            row,
            row.applicantCitizenId,
            `SUPERVISION_${colour}`,
            `【共享政务】您的${row.itemName}（${row.number}）${text}，办理期限${row.deadline}。`,
          );
          queueNotification(
            tx,
            row,
            `dept:${row.department}`,
            `SUPERVISION_${colour}`,
            `督办：${row.number}${text}（期限${row.deadline}）。`,
          );
        }
        turned++;
      });
    }
    return turned;
  }

  /** Delivers due notifications; a failure is retried with exponential backoff. */
  async deliver(): Promise<number> {
    const claimed = await this.claim();
    let delivered = 0;
    for (const notification of claimed) {
      try {
        await this.transport.send(notification);
        await this.orm.fork().nativeUpdate(
          OutboxEntity,
          { id: notification.id },
          {
            deliveredAt: new Date(),
            attempts: notification.attempts + 1,
            claimedUntil: null,
            lastError: null,
          },
        );
        delivered++;
      } catch (error) {
        const attempts = notification.attempts + 1;
        const backoff = Math.min(1000 * 2 ** attempts, MAX_BACKOFF_MS);
        await this.orm.fork().nativeUpdate(
          OutboxEntity,
          { id: notification.id },
          {
            attempts,
            nextAttemptAt: new Date(Date.now() + backoff),
            claimedUntil: null,
            lastError: String((error as Error).message ?? error).slice(0, 300),
          },
        );
      }
    }
    return delivered;
  }

  private async claim(): Promise<OutboxEntity[]> {
    const em = this.orm.fork();
    const rows: Record<string, unknown>[] = await em.getConnection().execute(
      `update notification_outbox set claimed_until = now() + (? || ' milliseconds')::interval
       where id in (
         select id from notification_outbox
         where delivered_at is null and next_attempt_at <= now()
           and (claimed_until is null or claimed_until < now())
         order by created_at limit 50 for update skip locked)
       returning *`,
      [String(this.claimMs)],
    );
    return rows.map((row) => em.map(OutboxEntity, row));
  }
}
