import type { CaseByIdQuery } from "../../graphql/generated/graphql";
import type { Claims } from "../../app/session";

type LoadedCase = NonNullable<CaseByIdQuery["case"]>;
export type Step = LoadedCase["serviceItem"]["steps"][number];

/** A division code's level, as the hub reads a site (6 digits a county, 9 a town, 12 a village). */
export function levelOf(site: string | null): string | null {
  if (!site) return null;
  return { 6: "COUNTY", 9: "TOWN", 12: "VILLAGE" }[site.length] ?? null;
}

/** The step the case waits for: one per decision already taken (ACCEPT, REVIEW, APPROVE). */
export function nextStep(c: LoadedCase): Step | null {
  if (!["DRAFT", "ACCEPTED", "REVIEWED"].includes(c.status)) return null;
  const taken = c.history.filter((e) => ["ACCEPT", "REVIEW", "APPROVE"].includes(e.action)).length;
  const steps = [...c.serviceItem.steps].sort((a, b) => a.order - b.order);
  return steps[taken] ?? null;
}

/**
 * Whether this user's token fits the step (its role, a level it is done at, its department,
 * a site covering the case): what the page offers. The hub decides again on every request.
 */
export function performs(claims: Claims, step: Step, c: LoadedCase): boolean {
  const level = levelOf(claims.site);
  return (
    claims.roles.includes(step.role) &&
    level !== null &&
    step.levels.includes(level as Step["levels"][number]) &&
    claims.dept === (step.department ?? c.department) &&
    c.site.startsWith(claims.site ?? "-")
  );
}

/** Completion and delivery: the handling department's clerks and approvers over the case's site. */
export function handles(claims: Claims, c: LoadedCase): boolean {
  return (
    (claims.roles.includes("clerk") || claims.roles.includes("approver")) &&
    claims.dept === c.department &&
    c.site.startsWith(claims.site ?? "-")
  );
}
