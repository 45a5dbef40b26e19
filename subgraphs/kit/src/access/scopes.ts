import { isCitizen, type Caller } from "../auth/caller.js";
import { DATA_BUREAU } from "./actions.js";

/**
 * What a caller may list: conditions a service ANDs with whatever filter the caller asks for,
 * so an argument can narrow a list but never widen it. null: nothing at all.
 */
export interface ListScope {
  /** Only records about this citizen. */
  subject?: string;
  /** Only records of this department (the handling department, or the reading one in a log). */
  department?: string;
  /** Only records at sites within this division code. */
  sitePrefix?: string;
}

const within = (caller: Caller) => (caller.site ? { sitePrefix: caller.site } : {});

/** Cases: citizens their own; auditors their department's (the data bureau's all); agents their station's; staff their department's within their site. */
export function caseListScope(caller: Caller): ListScope | null {
  if (isCitizen(caller)) return { subject: caller.sub };
  if (caller.dept === null) return null;
  if (caller.roles.includes("auditor")) {
    return caller.dept === DATA_BUREAU
      ? within(caller)
      : { department: caller.dept, ...within(caller) };
  }
  if (caller.site === null) return null;
  if (caller.roles.includes("agent")) return { sitePrefix: caller.site };
  return { department: caller.dept, sitePrefix: caller.site };
}

/** The access log: an auditor reads their own department's reads (the data bureau's, everyone's), within their site. */
export function accessLogScope(caller: Caller): ListScope | null {
  if (caller.dept === null || !caller.roles.includes("auditor")) return null;
  return caller.dept === DATA_BUREAU
    ? within(caller)
    : { department: caller.dept, ...within(caller) };
}

/** Grants: the data bureau and auditors see every grant; other staff those their department is party to. */
export function grantListScope(caller: Caller): ListScope | null {
  if (caller.dept === null) return null;
  if (caller.dept === DATA_BUREAU || caller.roles.includes("auditor")) return {};
  return { department: caller.dept };
}

/** Residents' messages: their department's for its staff, every department's for the data bureau's auditors. */
export function messageInboxScope(caller: Caller): ListScope | null {
  if (caller.dept === null) return null;
  if (caller.dept === DATA_BUREAU && caller.roles.includes("auditor")) return {};
  return { department: caller.dept };
}
