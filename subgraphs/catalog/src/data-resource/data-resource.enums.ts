import { listEnum, maskingRules } from "@gongxiang/kit";

export const sensitivities = ["PUBLIC", "INTERNAL", "SENSITIVE", "SECRET"] as const;
export const Sensitivity = listEnum(sensitivities, "Sensitivity", "How sensitive a data item is.");

export const shareTypes = ["UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED"] as const;
export const ShareType = listEnum(
  shareTypes,
  "ShareType",
  "National sharing rules: UNCONDITIONAL items are granted on request, CONDITIONAL ones need the provider's approval for purposes, NOT_SHARED ones are never released.",
);

export const MaskingRule = listEnum(
  maskingRules,
  "MaskingRule",
  "How a MASKED grant shows the value (e.g. PHONE: 138****1234, NAME: 李*华).",
);

export const dataBases = ["population", "licences", "catalog", "cases"] as const;
export const DataBase = listEnum(dataBases, "DataBase", "The base that holds a data item.");
