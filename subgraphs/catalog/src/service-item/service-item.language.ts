import type { Language } from "./service-item.enums.js";
import type { ServiceItem } from "./service-item.type.js";

/**
 * The item with its texts in the language asked for: English where the catalog has it, the
 * Chinese text otherwise, element by element (the `...En` fields keep what the catalog holds).
 */
export function inLanguage(item: ServiceItem, language: Language): ServiceItem {
  if (language === "ZH") return item;
  return {
    ...item,
    name: item.nameEn ?? item.name,
    legalBasis: item.legalBasisEn ?? item.legalBasis,
    acceptanceConditions: item.acceptanceConditionsEn ?? item.acceptanceConditions,
    formFields: item.formFields.map((field) => ({ ...field, label: field.labelEn ?? field.label })),
    materials: item.materials.map((material) => ({
      ...material,
      name: material.nameEn ?? material.name,
    })),
    steps: item.steps.map((step) => ({ ...step, name: step.nameEn ?? step.name })),
  };
}
