import { isCitizen, type Caller, type Role } from "../auth/caller.js";
import type { Action } from "./actions.js";
import { refusalError, type ResourceArgs } from "./authorize.js";
import type { Decisions, FieldSet } from "./decide-fields.js";
import type { ConfirmedCasePurpose, Relations } from "./item-decision.js";
import { EnforcingPolicy, type AccessPolicy } from "./policy.js";
import type { VerifyLimiter } from "./verify-limiter.js";

/** What a base knows about the subject of a record; the core turns it into relations. */
export interface SubjectFacts {
  /** Whose data it is (the access log's subject). */
  citizenId: string;
  /** The subject lives in the calling citizen's household (population). */
  inCallerHousehold?: boolean;
  /** The subject lives in the household of the applicant of the caller's case (population). */
  inApplicantHousehold?: boolean;
  /** The department that keeps the record as its own, at this site (a case). */
  keeper?: { department: string; site: string };
  /** The department that issued the record (a licence). */
  issuer?: string;
}

/** The action rules for work done outside a request (a demo loader), with no sharing rules. */
export function accessFor(caller: Caller): RequestAccess {
  return new RequestAccess(new EnforcingPolicy({ current: () => null }), caller, null);
}

/**
 * One request's view of the authorization core: the verified caller, the purpose as confirmed
 * by the cases base, and the policy. Services ask it first, with the resource in hand.
 */
export class RequestAccess {
  constructor(
    readonly policy: AccessPolicy,
    readonly caller: Caller,
    readonly casePurpose: ConfirmedCasePurpose | null,
    private readonly verifyLimiter: VerifyLimiter | null = null,
  ) {}

  /** Counts a VERIFY answer about the subject; RATE_LIMITED past the per-subject limit. */
  async takeVerify(subject: string): Promise<void> {
    if (this.policy.enforcing) await this.verifyLimiter?.take(this.caller, subject);
  }

  relations(subject: SubjectFacts): Relations {
    const { caller, casePurpose } = this;
    const { keeper } = subject;
    return {
      self: isCitizen(caller) && caller.sub === subject.citizenId,
      callerHousehold: isCitizen(caller) && subject.inCallerHousehold === true,
      applicant: casePurpose !== null && casePurpose.applicant === subject.citizenId,
      applicantHousehold: casePurpose !== null && subject.inApplicantHousehold === true,
      keeper:
        keeper === undefined
          ? undefined
          : caller.dept === keeper.department &&
            caller.site !== null &&
            keeper.site.startsWith(caller.site),
      issuer: subject.issuer !== undefined && caller.dept === subject.issuer,
    };
  }

  /** The caller's view of each field of one subject's record. */
  fields(set: FieldSet, subject: SubjectFacts): Decisions {
    return this.policy.fields(this.caller, this.casePurpose, this.relations(subject), set);
  }

  /** The first of these roles the caller holds: the role they act in, for the record. */
  roleAmong<R extends Role>(roles: readonly R[]): R {
    return roles.find((role) => this.caller.roles.includes(role)) ?? roles[0]!;
  }

  allows<A extends Action>(action: A, ...resource: ResourceArgs<A>): boolean {
    return this.policy.authorize(this.caller, action, ...resource).allowed;
  }

  /** Throws FORBIDDEN naming the action's rule unless the caller may perform it. */
  assert<A extends Action>(action: A, ...resource: ResourceArgs<A>): void {
    const verdict = this.policy.authorize(this.caller, action, ...resource);
    if (!verdict.allowed) throw refusalError(action, verdict);
  }
}
