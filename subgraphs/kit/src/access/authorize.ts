import type { Caller } from "../auth/caller.js";
import { ForbiddenError } from "../errors/errors.js";
import { ACTION_RULES, type Action, type ActionResources } from "./actions.js";

export type Verdict = { allowed: true } | { allowed: false; rule: string };

const ALLOWED: Verdict = { allowed: true };

/** The resource argument an action takes: none for actions about the caller alone. */
export type ResourceArgs<A extends Action> = ActionResources[A] extends void
  ? []
  : [resource: ActionResources[A]];

/** May the caller ask for this action at all (before any resource is known)? */
export function authorizeCaller(caller: Caller, action: Action): Verdict {
  const rule = ACTION_RULES[action];
  return rule.caller(caller) ? ALLOWED : { allowed: false, rule: `for ${rule.who}` };
}

/** The action's whole rule: who may ask, and over this resource. */
export function authorize<A extends Action>(
  caller: Caller,
  action: A,
  ...[resource]: ResourceArgs<A>
): Verdict {
  const asked = authorizeCaller(caller, action);
  if (!asked.allowed) return asked;
  const over = ACTION_RULES[action].over as
    ((c: Caller, r: ActionResources[A] | undefined) => string | null) | undefined;
  const refusal = over?.(caller, resource);
  return refusal ? { allowed: false, rule: refusal } : ALLOWED;
}

/** The error a refused action answers with: it names the action and its rule, no value. */
export function refusalError(action: Action, verdict: Verdict): ForbiddenError {
  return new ForbiddenError(`${action}: ${verdict.allowed ? "allowed" : verdict.rule}`);
}
