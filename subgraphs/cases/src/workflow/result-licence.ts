import type { Caller } from "@gongxiang/kit";
import { gatewayFailure } from "@gongxiang/kit";
import { departmentName } from "../case/department-names.js";
import type { CaseEntity } from "../case/case.entity.js";
import type { CasesDeps } from "../context.js";

/** The official on whose behalf the result licence is issued (who started the completion). */
export type Issuer = Pick<Caller, "sub" | "site">;

/**
 * Issues the item's result licence into the e-licence base through the gateway, as an issuer
 * of the handling department acting for this case; the base seals it with that department's key.
 * The case id is the idempotency key: asked again (a retry, a recovery after a crash), the base
 * answers with the licence it issued the first time. Never called inside a locked transaction.
 */
export async function issueResultLicence(
  deps: CasesDeps,
  issuer: Issuer,
  row: CaseEntity,
  approvedOn: string,
): Promise<string> {
  const response = await deps.gateway.request<{ issueLicence: { identifier: string } }>(
    `mutation Issue($input: IssueLicenceInput!) { issueLicence(input: $input) { identifier } }`,
    {
      input: {
        type: row.resultLicenceType,
        holderCitizenId: row.applicantCitizenId,
        holderName: row.applicantName ?? row.formFields.find((f) => f.key === "name")?.value ?? "",
        // The issuing county, as a 12-digit division code.
        jurisdiction: row.site.slice(0, 6).padEnd(12, "0"),
        // The decision it results from; its validity comes from the licence type.
        data: { caseNumber: row.number, approvedOn, approvedBy: departmentName(row.department) },
        idempotencyKey: `case:${row.id}`,
      },
    },
    {
      sub: issuer.sub,
      dept: row.department as Caller["dept"],
      roles: ["issuer"],
      site: issuer.site,
      purpose: `case:${row.id}`,
    },
  );
  const identifier = response.data?.issueLicence.identifier;
  if (!identifier) {
    throw gatewayFailure(
      `the ${row.resultLicenceType} licence could not be issued`,
      response.errors,
    );
  }
  return identifier;
}
