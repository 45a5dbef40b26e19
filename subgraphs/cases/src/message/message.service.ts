import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  Action,
  BadUserInputError,
  ConflictError,
  DATA_BUREAU,
  departments,
  FULL,
  NotFoundError,
  RateLimitedError,
  gatewayFailure,
  isCitizen,
  messageInboxScope,
  pageRequest,
  refusalError,
  toPage,
  todayInChina,
  z,
} from "@gongxiang/kit";
import { CaseEntity } from "../case/case.entity.js";
import { Supervision } from "../case/case.enums.js";
import { AS_THE_HUB } from "../hub-client/as-the-hub.js";
import type { CasesContext } from "../context.js";
import { ResidentMessageEntity, type MessageAbout } from "./message.entity.js";
import type {
  MessageReceipt,
  MessageStatistics,
  PublishedMessage,
  PublishedMessageConnection,
  ResidentMessage,
  ResidentMessageConnection,
} from "./message.type.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const idKey = (value: unknown) =>
  typeof value === "string" && /^[0-9]{13}\|[0-9a-f-]{36}$/.test(value) ? value : null;

/** Where published items name their department. */
const ITEM_QUERY = `query Item($code: String!) { serviceItem(code: $code) { department status } }`;
const SITE_QUERY = `query Site($code: String!) { serviceSite(code: $code) { code } }`;
const itemAnswer = z.object({
  serviceItem: z.object({ department: z.string(), status: z.string() }).nullable(),
});
const siteAnswer = z.object({ serviceSite: z.object({ code: z.string() }).nullable() });

const submission = z.object({
  about: z.enum(["ITEM", "SITE", "CASE"]),
  itemCode: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,63}$/, "not a service item code")
    .nullish(),
  siteCode: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/, "not a site's division code")
    .nullish(),
  caseId: z.string().regex(UUID, "not a case id").nullish(),
  text: z.string().trim().min(5).max(1_000),
  contactPhone: z
    .string()
    .regex(/^1[3-9][0-9]{9}$/, "must be an 11-digit mobile number")
    .nullish(),
  publishable: z.boolean(),
});

/**
 * 我有话说: residents and visitors write to the department responsible for an item, a site (the
 * data bureau runs the service sites) or their own case; the department answers within its
 * working days; with the writer's leave and the department's, question and answer are published
 * with every name, address, number and date blanked out; the writer rates the answer.
 */
export class MessageService {
  constructor(private readonly ctx: CasesContext) {}

  async submit(input: unknown): Promise<MessageReceipt> {
    const parsed = submission.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BadUserInputError(`input.${issue.path.join(".")}: ${issue.message}`, "input");
    }
    const message = parsed.data;
    const { caller } = this.ctx;
    const department = await this.route(message.about, message);
    await this.withinDailyCaps(department);
    const anonymous = !isCitizen(caller);
    const receipt = anonymous ? randomBytes(24).toString("base64url") : null;
    const { clock, calendar } = this.ctx.deps;
    const today = clock.today();
    const [{ serial }] = (await this.ctx.em
      .getConnection()
      .execute("select nextval('resident_message_serial')::text as serial")) as {
      serial: string;
    }[];
    const row = this.ctx.em.create(ResidentMessageEntity, {
      id: randomUUID(),
      number: `LY${today.replaceAll("-", "")}${serial!.padStart(5, "0")}`,
      about: message.about,
      itemCode: message.about === "ITEM" ? message.itemCode! : null,
      siteCode: message.about === "SITE" ? message.siteCode! : null,
      caseId: message.about === "CASE" ? message.caseId! : null,
      department,
      question: message.text,
      submitterCitizenId: anonymous ? null : caller.sub,
      submitterKey: caller.sub,
      receiptHash: receipt ? sha256(receipt) : null,
      contactPhoneSealed: message.contactPhone
        ? this.ctx.deps.messages.phones.encrypt(Buffer.from(message.contactPhone))
        : null,
      publishable: message.publishable,
      createdAt: clock.now(),
      dueOn: calendar.addWorkingDays(today, this.ctx.deps.messages.replyWorkingDays),
      answer: null,
      answeredBy: null,
      answeredAt: null,
      answeredOn: null,
      published: false,
      publicQuestion: null,
      publicAnswer: null,
      rating: null,
      ratedAt: null,
    });
    await this.ctx.em.persistAndFlush(row);
    return { number: row.number, department, dueOn: row.dueOn, receipt };
  }

  /** The department answers; with publish, and the writer's leave, it is published screened. */
  async answer(id: string, answer: string, publish: boolean): Promise<ResidentMessage> {
    const text = answer.trim();
    if (text.length < 2 || text.length > 2_000) {
      throw new BadUserInputError("answer must be 2 to 2,000 characters", "answer");
    }
    const row = await this.byId(id);
    this.ctx.access.assert(Action.MESSAGE_HANDLE, { department: row.department });
    if (row.answer !== null) throw new ConflictError(`message ${row.number} is answered`);
    const published = publish && row.publishable;
    const [publicQuestion, publicAnswer] = published
      ? await this.ctx.deps.messages.screen.blank([row.question, text])
      : [null, null];
    const now = this.ctx.deps.clock.now();
    Object.assign(row, {
      answer: text,
      answeredBy: this.ctx.caller.sub,
      answeredAt: now,
      answeredOn: this.ctx.deps.clock.today(),
      published,
      publicQuestion,
      publicAnswer,
    });
    await this.ctx.em.flush();
    return this.view(row);
  }

  /** The writer rates the answer once: a citizen by their token, a visitor by their receipt. */
  async rate(id: string | null, receipt: string | null, score: number): Promise<ResidentMessage> {
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      throw new BadUserInputError("score is 1 to 5", "score");
    }
    const row = receipt ? await this.byReceipt(receipt) : await this.byId(id ?? "");
    this.ctx.access.assert(Action.MESSAGE_RATE, {
      submitter: row.submitterCitizenId,
      receiptHolder: receipt !== null && row.receiptHash === sha256(receipt),
    });
    if (row.answer === null) throw new ConflictError(`message ${row.number} is not answered yet`);
    if (row.rating !== null) throw new ConflictError(`message ${row.number} is rated`);
    Object.assign(row, { rating: score, ratedAt: this.ctx.deps.clock.now() });
    await this.ctx.em.flush();
    return this.view(row);
  }

  /** A visitor's own message, by the receipt they kept. */
  async withReceipt(receipt: string): Promise<ResidentMessage> {
    return this.view(await this.byReceipt(receipt));
  }

  /** A citizen's own messages, newest first. */
  mine(first?: number | null, after?: string | null): Promise<ResidentMessageConnection> {
    return this.page({ submitterCitizenId: this.ctx.caller.sub }, first, after);
  }

  /** The messages routed to the caller's department (the data bureau's auditors: all). */
  inbox(
    filter: { department?: string | null; answered?: boolean | null },
    first?: number | null,
    after?: string | null,
  ): Promise<ResidentMessageConnection> {
    const scope = messageInboxScope(this.ctx.caller);
    if (scope === null) {
      throw refusalError(Action.MESSAGE_HANDLE, { allowed: false, rule: "for departments' staff" });
    }
    const where: Record<string, unknown>[] = [];
    if (scope.department) where.push({ department: scope.department });
    if (filter.department) where.push({ department: filter.department });
    if (filter.answered === true) where.push({ answer: { $ne: null } });
    if (filter.answered === false) where.push({ answer: null });
    return this.page(where.length ? { $and: where } : {}, first, after);
  }

  /** Published messages, newest first: only their screened texts. */
  async published(
    filter: { department?: string | null; itemCode?: string | null },
    first?: number | null,
    after?: string | null,
  ): Promise<PublishedMessageConnection> {
    const request = pageRequest(first, after, idKey);
    const where: Record<string, unknown> = { published: true };
    if (filter.department) where.department = filter.department;
    if (filter.itemCode) where.itemCode = filter.itemCode;
    const rows = await this.ctx.em.find(
      ResidentMessageEntity,
      request.after ? { $and: [where, this.before(request.after)] } : where,
      { orderBy: [{ createdAt: "desc" }, { id: "desc" }], limit: request.limit + 1 },
    );
    const total = await this.ctx.em.count(ResidentMessageEntity, where);
    return toPage(rows.map(toPublished), request, cursorOf, total) as PublishedMessageConnection;
  }

  /** How a department answers: counted from its messages, not typed in. */
  async statistics(department: string): Promise<MessageStatistics> {
    if (!(departments as readonly string[]).includes(department)) {
      throw new BadUserInputError("not a department's code", "department");
    }
    const [row] = (await this.ctx.em.getConnection().execute(
      `select count(*)::int as received,
         count(answer)::int as answered,
         count(*) filter (where answered_on <= due_on)::int as on_time,
         count(*) filter (where answer is null and due_on < ?)::int as overdue,
         count(rating)::int as rated,
         avg(rating)::float as average
       from resident_message where department = ?`,
      [this.ctx.deps.clock.today(), department],
    )) as {
      received: number;
      answered: number;
      on_time: number;
      overdue: number;
      rated: number;
      average: number | null;
    }[];
    return {
      department,
      received: row!.received,
      answered: row!.answered,
      answeredOnTime: row!.on_time,
      overdue: row!.overdue,
      rated: row!.rated,
      averageRating: row!.average === null ? null : Math.round(row!.average * 100) / 100,
    };
  }

  /** The department a message goes to: the item's, the data bureau for a site, the case's. */
  private async route(
    about: MessageAbout,
    message: { itemCode?: string | null; siteCode?: string | null; caseId?: string | null },
  ): Promise<string> {
    if (about === "CASE") {
      if (!message.caseId) throw new BadUserInputError("name the case", "input.caseId");
      const row = await this.ctx.em.findOne(CaseEntity, { id: message.caseId });
      // Someone else's case and no case look the same: a message about a case is its applicant's.
      this.ctx.access.assert(Action.MESSAGE_SUBMIT, {
        aboutCaseOf: row?.applicantCitizenId ?? "",
      });
      return row!.department;
    }
    this.ctx.access.assert(Action.MESSAGE_SUBMIT, { aboutCaseOf: null });
    const { gateway } = this.ctx.deps;
    if (about === "ITEM") {
      if (!message.itemCode) throw new BadUserInputError("name the item", "input.itemCode");
      const answer = await gateway.request(ITEM_QUERY, { code: message.itemCode }, AS_THE_HUB);
      if (!answer.data) throw gatewayFailure("the item could not be read", answer.errors);
      const item = itemAnswer.parse(answer.data).serviceItem;
      if (!item || item.status !== "PUBLISHED") throw new NotFoundError("published service item");
      return item.department;
    }
    if (!message.siteCode) throw new BadUserInputError("name the site", "input.siteCode");
    const answer = await gateway.request(SITE_QUERY, { code: message.siteCode }, AS_THE_HUB);
    if (!answer.data) throw gatewayFailure("the site could not be read", answer.errors);
    if (!siteAnswer.parse(answer.data).serviceSite) throw new NotFoundError("service site");
    return DATA_BUREAU;
  }

  /** A writer, and all visitors together per department, may send only so much a day. */
  private async withinDailyCaps(department: string): Promise<void> {
    const { caps } = this.ctx.deps.messages;
    const since = new Date(`${this.ctx.deps.clock.today()}T00:00:00+08:00`);
    const count = (where: Record<string, unknown>) =>
      this.ctx.em.count(ResidentMessageEntity, { ...where, createdAt: { $gte: since } });
    const seconds = Math.ceil((since.getTime() + 86_400_000 - Date.now()) / 1000);
    const anonymous = !isCitizen(this.ctx.caller);
    const perWriter = anonymous ? caps.perAddressPerDay : caps.perCitizenPerDay;
    if ((await count({ submitterKey: this.ctx.caller.sub })) >= perWriter) {
      throw new RateLimitedError(seconds);
    }
    if (
      anonymous &&
      (await count({ department, submitterCitizenId: null })) >= caps.anonymousPerDepartmentPerDay
    ) {
      throw new RateLimitedError(seconds);
    }
  }

  private async byId(id: string): Promise<ResidentMessageEntity> {
    if (!UUID.test(id)) throw new BadUserInputError("not a message id", "id");
    const row = await this.ctx.em.findOne(ResidentMessageEntity, { id });
    if (!row) throw new NotFoundError("message");
    return row;
  }

  private async byReceipt(receipt: string): Promise<ResidentMessageEntity> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(receipt)) {
      throw new BadUserInputError("not a message receipt", "receipt");
    }
    const row = await this.ctx.em.findOne(ResidentMessageEntity, { receiptHash: sha256(receipt) });
    if (!row) throw new NotFoundError("message");
    return row;
  }

  private before(cursor: string): Record<string, unknown> {
    const [at, id] = cursor.split("|") as [string, string];
    const time = new Date(Number(at));
    return { $or: [{ createdAt: { $lt: time } }, { createdAt: time, id: { $lt: id } }] };
  }

  private async page(
    where: Record<string, unknown>,
    first?: number | null,
    after?: string | null,
  ): Promise<ResidentMessageConnection> {
    const request = pageRequest(first, after, idKey);
    const rows = await this.ctx.em.find(
      ResidentMessageEntity,
      request.after ? { $and: [where, this.before(request.after)] } : where,
      { orderBy: [{ createdAt: "desc" }, { id: "desc" }], limit: request.limit + 1 },
    );
    const total = await this.ctx.em.count(ResidentMessageEntity, where);
    return toPage(
      rows.map((row) => this.view(row)),
      request,
      cursorOf,
      total,
    ) as ResidentMessageConnection;
  }

  /** The writer's and the department's view; reading a citizen's contact phone is logged. */
  private view(row: ResidentMessageEntity): ResidentMessage {
    const ctx = this.ctx;
    const today = ctx.deps.clock.today();
    const supervision =
      row.answer !== null
        ? Supervision.NONE
        : today > row.dueOn
          ? Supervision.RED
          : today === row.dueOn
            ? Supervision.YELLOW
            : Supervision.GREEN;
    const handler = ctx.access.allows(Action.MESSAGE_HANDLE, { department: row.department });
    const message: ResidentMessage = {
      id: row.id,
      number: row.number,
      about: row.about,
      itemCode: row.itemCode,
      siteCode: row.siteCode,
      caseId: row.caseId,
      department: row.department,
      question: row.question,
      contactPhone: null,
      publishable: row.publishable,
      createdAt: row.createdAt.toISOString(),
      dueOn: row.dueOn,
      supervision,
      answer: row.answer,
      answeredAt: row.answeredAt?.toISOString() ?? null,
      published: row.published,
      rating: row.rating,
    };
    // Only the department answering reads the phone; a citizen's is their personal data: logged.
    return Object.defineProperty(message, "contactPhone", {
      enumerable: true,
      get: () => {
        if (!handler || !row.contactPhoneSealed) return null;
        if (row.submitterCitizenId) {
          ctx.releases.note(row.submitterCitizenId, "ResidentMessage.contactPhone", FULL);
        }
        return ctx.deps.messages.phones.decrypt(row.contactPhoneSealed).toString("utf8");
      },
    });
  }
}

function cursorOf(item: { createdAt?: string; askedOn?: string; id?: string; number: string }) {
  return item.id ? `${Date.parse(item.createdAt!)}|${item.id}` : item.number;
}

function toPublished(
  row: ResidentMessageEntity,
): PublishedMessage & { id: string; createdAt: string } {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    number: row.number,
    about: row.about,
    itemCode: row.itemCode,
    siteCode: row.siteCode,
    department: row.department,
    question: row.publicQuestion ?? "",
    answer: row.publicAnswer ?? "",
    askedOn: todayInChina(row.createdAt),
    answeredOn: row.answeredOn ?? "",
    answeredOnTime: row.answeredOn !== null && row.answeredOn <= row.dueOn,
    rating: row.rating,
  };
}
