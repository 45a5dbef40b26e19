import {
  decideItem,
  releasesValue,
  NO_RELATIONS,
  type Caller,
  type FieldDecision,
  type SharingSnapshot,
} from "@gongxiang/kit";
import { resolveBinding, type LicenceTypeLookup } from "../binding/source-binding.js";
import type { SupergraphIndex } from "../binding/supergraph-index.js";
import type { ServiceItemDefinition } from "./service-item.definition.js";
import type { Problem } from "./publication-check.js";

/** What the handling department can read for an item, under a set of sharing rules. */
export interface GrantReadiness {
  /** Eligibility facts it cannot read in full, on rules that are not manual checks: refused. */
  problems: Problem[];
  /** Bound fields and licence materials it cannot read, and rules that become manual checks. */
  warnings: Problem[];
}

/** The department reading for one of its cases (the applicant's own data, for the item). */
function handlingCaller(item: Pick<ServiceItemDefinition, "department" | "code">): Caller {
  return {
    sub: "catalog:publication-check",
    dept: item.department,
    roles: [],
    site: null,
    purpose: `item:${item.code}`,
  };
}

const why = (decision: FieldDecision) =>
  decision.level === "FULL"
    ? "released"
    : decision.level === "MASKED"
      ? "granted masked only"
      : decision.error.message;

/**
 * The one decision sequence (decideItem) asked, for each data item an item's eligibility facts,
 * bound fields and licence materials read, whether the handling department may read it for the
 * item's purpose as the sharing rules stand. An eligibility fact needs the value in full: a rule
 * is compared with it. A refusal names the grant that would be needed.
 */
export function grantReadiness(
  item: Pick<ServiceItemDefinition, "code" | "department" | "formFields" | "materials"> & {
    eligibility: (Omit<ServiceItemDefinition["eligibility"][number], "manualCheck"> & {
      manualCheck?: boolean;
    })[];
  },
  supergraph: SupergraphIndex,
  licenceTypes: LicenceTypeLookup,
  rules: SharingSnapshot,
): GrantReadiness {
  const caller = handlingCaller(item);
  const relations = { ...NO_RELATIONS, applicant: true, applicantHousehold: true };
  // The population base releases a household's own fields under Person.household, the grant
  // unit for household data (its members are decided as persons).
  const unit = (dataItem: string) =>
    dataItem.startsWith("Household.") ? "Person.household" : dataItem;
  const decide = (dataItem: string) =>
    decideItem(rules, caller, null, relations, { item: unit(dataItem) });
  const dataItemsOf = (binding: string) => {
    const resolved = resolveBinding(binding, supergraph, licenceTypes);
    return resolved.ok ? resolved.binding.dataItems : [];
  };
  const needed = (dataItem: string) => {
    const provider = rules.items[dataItem]?.provider ?? "its provider";
    return `a FULL grant of ${dataItem} from ${provider} to ${item.department} for ${item.code}`;
  };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  item.eligibility.forEach((rule, i) => {
    const path = `eligibility.${i}.fact`;
    for (const dataItem of dataItemsOf(rule.fact)) {
      const decision = decide(dataItem);
      if (decision.level === "FULL") continue;
      if (rule.manualCheck) {
        warnings.push({
          path,
          message: `${rule.fact} is a manual check: an official attests "${rule.description}" before approval (${item.department} cannot read ${dataItem}: ${why(decision)})`,
        });
      } else {
        problems.push({
          path,
          message: `${rule.fact} cannot be decided: the rule needs ${needed(dataItem)} (${why(decision)}); or mark the rule manualCheck`,
        });
      }
      break;
    }
  });
  item.formFields.forEach((field) => {
    if (!field.source) return;
    for (const dataItem of dataItemsOf(field.source)) {
      const decision = decide(dataItem);
      if (releasesValue(decision)) continue;
      warnings.push({
        path: `formFields.${field.key}.source`,
        message: `${field.key} will be typed in at the counter: ${dataItem} is not released to ${item.department} (${why(decision)})`,
      });
      break;
    }
  });
  item.materials.forEach((material, i) => {
    if (material.satisfiedBy === "UPLOAD") return;
    const decision = decide(`Licence:${material.satisfiedBy}`);
    if (decision.level === "FULL") return;
    warnings.push({
      path: `materials.${i}.satisfiedBy`,
      message: `${material.name} will be a scan: Licence:${material.satisfiedBy} is not released to ${item.department} (${why(decision)})`,
    });
  });
  return { problems, warnings };
}
