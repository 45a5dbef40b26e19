import type { Caller } from "@gongxiang/kit";
import { gatewayFailure } from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";
import type { CasesDeps } from "../context.js";

/**
 * Issues the item's result licence into the e-licence base through the gateway, as an issuer
 * of the handling department acting for this case; the base seals it with that department's key.
 */
export async function issueResultLicence(
  deps: CasesDeps,
  official: Caller,
  row: CaseEntity,
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
        data: { caseNumber: row.number },
      },
    },
    {
      sub: official.sub,
      dept: row.department as Caller["dept"],
      roles: ["issuer"],
      site: official.site,
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
