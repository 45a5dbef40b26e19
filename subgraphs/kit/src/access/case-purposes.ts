import type { Caller } from "../auth/caller.js";
import { CALLER_CONTEXT_HEADER } from "../auth/caller-context.js";
import type { ConfirmedCasePurpose } from "./item-decision.js";
import { z } from "../util/env.js";
import { KeepAliveClient } from "../util/keep-alive-client.js";
import type { Logger } from "../util/logger.js";
import { TtlCache } from "../util/ttl-cache.js";

/** What the cases base vouches for about a `case:<id>` purpose; anything else counts for nothing. */
const casePurposeSchema = z.object({
  caseId: z.string(),
  open: z.boolean(),
  department: z.string(),
  /** The applicant's citizen ID: the purpose covers their data (and household where allowed). */
  applicant: z.string().length(18),
  itemCode: z.string(),
  /** The case number, which the access log records for people to read. */
  number: z.string().max(40).nullable().optional(),
});

export type CasePurpose = z.infer<typeof casePurposeSchema>;

/**
 * The answers about one cases base's purposes, shared by every base in this process (a county
 * may run all four in one): one request per case and department in flight, answers kept two
 * seconds. The key holds the department, which the cases base reads from the signed context.
 */
class PurposeAnswers {
  private readonly cache = new TtlCache<CasePurpose | null>(10_000);
  private readonly inFlight = new Map<string, Promise<CasePurpose | null>>();
  private readonly client = new KeepAliveClient();

  constructor(private readonly url: string) {}

  /** The answer (null: no open case of the department); throws when the base could not tell. */
  ask(caseId: string, dept: string, callerContext: string): Promise<CasePurpose | null> {
    const key = `${caseId}|${dept}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const pending = this.inFlight.get(key);
    // Another asker's failure (its context refused, say) is not this one's answer: ask alone.
    if (pending) return pending.catch(() => this.askAlone(key, caseId, callerContext));
    return this.askAlone(key, caseId, callerContext);
  }

  private askAlone(key: string, caseId: string, callerContext: string) {
    const asking = this.fetch(caseId, callerContext).then((answer) => {
      this.cache.set(key, answer, Date.now() + 2_000);
      return answer;
    });
    if (!this.inFlight.has(key)) {
      this.inFlight.set(key, asking);
      const forget = () => {
        if (this.inFlight.get(key) === asking) this.inFlight.delete(key);
      };
      asking.then(forget, forget);
    }
    return asking;
  }

  private async fetch(caseId: string, callerContext: string): Promise<CasePurpose | null> {
    const response = await this.client.request(new URL(`/case-purposes/${caseId}`, this.url), {
      headers: { [CALLER_CONTEXT_HEADER]: callerContext },
      timeoutMs: 3_000,
    });
    if (response.status === 200) return casePurposeSchema.parse(JSON.parse(response.text));
    if (response.status === 404) return null;
    // A refused context (401) or a failing base is this asker's, not an answer to share or keep.
    throw new Error(`the cases base answered ${response.status}`);
  }
}

const answersByUrl = new Map<string, PurposeAnswers>();

/**
 * Asks the cases base whether `case:<id>` is an open case of the caller's department, passing
 * on the gateway-signed caller context as the credential. No answer (no cases base, unknown
 * case, another department's) means the purpose counts for nothing.
 */
export class CasePurposes {
  private readonly answers: PurposeAnswers | null;

  constructor(
    url: string | null,
    private readonly log: Logger,
  ) {
    this.answers = url ? sharedAnswers(url) : null;
  }

  /**
   * The caller's `case:<id>` purpose as the rules may use it: the cases base's vouch when the
   * signed context carries one still in time, else the cases base's answer when asked.
   */
  forCaller(
    caller: Caller,
    callerContext: string | undefined,
  ): Promise<ConfirmedCasePurpose | null> {
    if (!caller.purpose?.startsWith("case:")) return Promise.resolve(null);
    const caseId = caller.purpose.slice(5);
    const vouch = caller.casePurpose;
    if (
      vouch &&
      vouch.caseId === caseId &&
      vouch.department === caller.dept &&
      vouch.until > Date.now()
    ) {
      const { caseId: id, itemCode, applicant, number } = vouch;
      return Promise.resolve({ caseId: id, itemCode, applicant, number });
    }
    return this.confirm(caseId, caller.dept, callerContext);
  }

  /** The purpose as the rules may use it: an open case of the caller's department, or null. */
  async confirm(
    caseId: string,
    dept: string | null,
    callerContext: string | undefined,
  ): Promise<ConfirmedCasePurpose | null> {
    const vouched = await this.resolve(caseId, dept, callerContext);
    if (!vouched?.open || vouched.department !== dept) return null;
    return {
      caseId: vouched.caseId,
      itemCode: vouched.itemCode,
      applicant: vouched.applicant,
      number: vouched.number ?? null,
    };
  }

  async resolve(
    caseId: string,
    dept: string | null,
    callerContext: string | undefined,
  ): Promise<CasePurpose | null> {
    if (!this.answers || !dept || !callerContext || !/^[0-9a-f-]{36}$/.test(caseId)) return null;
    try {
      return await this.answers.ask(caseId, dept, callerContext);
    } catch (error) {
      this.log.warn({ err: error }, "case purpose not confirmed");
      return null;
    }
  }
}

function sharedAnswers(url: string): PurposeAnswers {
  let answers = answersByUrl.get(url);
  if (!answers) {
    answers = new PurposeAnswers(url);
    answersByUrl.set(url, answers);
  }
  return answers;
}
