import { resolveBinding } from "../binding/source-binding.js";
import type { SupergraphIndex } from "../binding/supergraph-index.js";
import type { Classification } from "../data-resource/data-resource.service.js";
import type { ServiceItemDefinition } from "./service-item.definition.js";

export interface Problem {
  path: string;
  message: string;
}

/**
 * What stops a version from being published: bindings that name nothing real in the supergraph,
 * data items nobody classified, licence types the catalog does not know.
 */
export function publicationProblems(
  item: ServiceItemDefinition,
  supergraph: SupergraphIndex,
  classification: Classification,
): Problem[] {
  const problems: Problem[] = [];
  const check = (path: string, binding: string, wantsValue: boolean) => {
    const result = resolveBinding(binding, supergraph, classification);
    if (!result.ok) return problems.push({ path, message: `${binding}: ${result.problem}` });
    if (result.binding.value !== wantsValue) {
      return problems.push({
        path,
        message: wantsValue
          ? `${binding} names a licence, not a value: bind one of its fields`
          : `${binding} must name a licence type (licences:<TYPE>)`,
      });
    }
    for (const dataItem of result.binding.dataItems) {
      if (!classification.get(dataItem)) {
        problems.push({
          path,
          message: `${binding}: ${dataItem} is not classified in the data-resource catalog`,
        });
      }
    }
  };
  item.formFields.forEach((field) => {
    if (field.source) check(`formFields.${field.key}.source`, field.source, true);
  });
  item.eligibility.forEach((rule, i) =>
    check(`eligibility.${i}.fact`, rule.fact, rule.operator !== "HOLDS_VALID_LICENCE"),
  );
  item.materials.forEach((material, i) => {
    if (material.satisfiedBy !== "UPLOAD" && !classification.dataKeys(material.satisfiedBy)) {
      problems.push({
        path: `materials.${i}.satisfiedBy`,
        message: `no licence type ${material.satisfiedBy} in the data-resource catalog`,
      });
    }
  });
  if (item.resultLicenceType && !classification.dataKeys(item.resultLicenceType)) {
    problems.push({
      path: "resultLicenceType",
      message: `no licence type ${item.resultLicenceType} in the data-resource catalog`,
    });
  }
  return problems;
}
