import {
  Action,
  BadUserInputError,
  citizenIdProblem,
  isRealDate,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import type { CaseField } from "../case/case.data.js";
import { CaseStatus } from "../case/case.enums.js";
import type { CasesDeps } from "../context.js";
import { WorkflowService } from "../workflow/workflow.service.js";
import type { CaseEntity } from "../case/case.entity.js";

/** What the applicant's side supplied after a supplement request asked for it. */
export function markSupplied(row: CaseEntity, names: string[]): void {
  const request = row.supplementRequest;
  if (row.status !== CaseStatus.SUPPLEMENT_REQUIRED || !request) return;
  const supplied = new Set(request.supplied ?? []);
  for (const name of names) if (request.items.includes(name)) supplied.add(name);
  row.supplementRequest = { ...request, supplied: [...supplied] };
}

const CHECKS: Record<string, (value: string, field: CaseField) => string | null> = {
  TEXT: (v) => (v.length <= 200 ? null : "at most 200 characters"),
  INTEGER: (v) => (/^-?\d{1,9}$/.test(v) ? null : "a whole number"),
  MONEY: (v) =>
    /^\d{1,12}(\.\d{1,2})?$/.test(v) ? null : "an amount in yuan with at most 2 decimals",
  DATE: (v) => (isRealDate(v) ? null : "a date YYYY-MM-DD"),
  ENUM: (v, field) => (field.options?.includes(v) ? null : `one of ${field.options?.join(", ")}`),
  PHONE: (v) => (/^1[3-9]\d{9}$/.test(v) ? null : "an 11-digit mobile number"),
  CITIZEN_ID: (v) => citizenIdProblem(v),
  BANK_ACCOUNT: (v) => (/^\d{12,19}$/.test(v) ? null : "12 to 19 digits"),
  LIST: (v) => {
    try {
      const list: unknown = JSON.parse(v);
      return Array.isArray(list) &&
        list.every((x) => typeof x === "string" && x.length <= 100) &&
        list.length <= 50
        ? null
        : "a JSON array of up to 50 strings";
    } catch {
      return "a JSON array of strings";
    }
  },
};

/** Values typed in at the station for manual fields, each checked by its field's type. */
export function setManualFields(
  em: EntityManager,
  access: RequestAccess,
  deps: CasesDeps,
  caseId: string,
  expectedVersion: number,
  values: { key: string; value: string }[],
): Promise<CaseEntity> {
  if (values.length === 0 || values.length > 100)
    throw new BadUserInputError("give 1 to 100 values", "values");
  const workflow = new WorkflowService(em, access, deps);
  return workflow.change(caseId, expectedVersion, workflow.may(Action.CASE_FILL), (row) => {
    if (row.status !== CaseStatus.DRAFT && row.status !== CaseStatus.SUPPLEMENT_REQUIRED) {
      throw new BadUserInputError(`case ${row.number} is ${row.status}: its form is closed`, "id");
    }
    const fields = row.formFields.map((field) => ({ ...field }));
    for (const { key, value } of values) {
      const field = fields.find((f) => f.key === key);
      if (!field) throw new BadUserInputError(`the form has no field ${key}`, "values");
      if (!field.manual)
        throw new BadUserInputError(
          `${key} comes from ${field.source?.base}: it is not typed in`,
          "values",
        );
      const problem = CHECKS[field.type]?.(value, field) ?? null;
      if (problem) throw new BadUserInputError(`${key} must be ${problem}`, "values");
      field.value = value;
    }
    row.formFields = fields;
    markSupplied(
      row,
      values.map((v) => v.key),
    );
    return Promise.resolve({
      role: "agent",
      action: "FILL",
      from: row.status,
      opinion: values.map((v) => v.key).join(","),
    });
  });
}
