import type { GraphQLResponse, TestHub } from "./test-hub.js";

/** A tiny valid PNG (1x1), base64: what a phone camera's scan stands in for in tests. */
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201e221bc330000000049454e44ae426082",
  "hex",
).toString("base64");

export interface CaseView {
  id: string;
  number: string;
  status: string;
  version: number;
  deadline: string | null;
  supervision: string;
  resultLicenceIdentifier: string | null;
  formFields: {
    key: string;
    value: string | null;
    manual: boolean;
    reason: string | null;
    source: {
      base: string;
      recordId: string | null;
      licenceIdentifier: string | null;
      verified: boolean;
    } | null;
  }[];
  materials: {
    name: string;
    satisfiedBy: string;
    status: string;
    licenceIdentifier: string | null;
    sealVerified: boolean;
    reason: string | null;
  }[];
  history: { id: string; action: string }[];
}

export const CASE = `id number status version deadline supervision resultLicenceIdentifier
  formFields { key value manual reason source { base recordId licenceIdentifier fetchedAt verified } }
  materials { name satisfiedBy status licenceIdentifier sealVerified reason } history { id action }`;

/** The case-handling calls of a counter and a back office, as a test drives them. */
export function caseFlow(t: TestHub) {
  const flow = {
    agentAt: (site: string, dept = "civil-affairs") =>
      t.token({ sub: `agent@${site}`, dept, roles: ["agent"], site }),
    official: (role: string, site: string | undefined, dept = "civil-affairs") =>
      t.token({ sub: `${role}@${site ?? "nowhere"}`, dept, roles: [role], site }),

    startCase(token: string, itemCode: string, citizenId: string, key: string) {
      return t.query<{ startCase: CaseView }>(
        `mutation($input: StartCaseInput!) { startCase(input: $input) { ${CASE} } }`,
        {
          token,
          variables: { input: { itemCode, applicantCitizenId: citizenId, idempotencyKey: key } },
        },
      );
    },

    act(
      token: string,
      mutation: string,
      id: string,
      version: number,
      args = "",
    ): Promise<GraphQLResponse<Record<string, CaseView>>> {
      return t.query(
        `mutation { ${mutation}(id: "${id}", expectedVersion: ${version}${args}) { ${CASE} } }`,
        { token },
      );
    },

    /** Uploads a scan for a material of the case (a tiny PNG unless told otherwise). */
    upload(token: string, c: CaseView, material: string, contentBase64 = PNG) {
      return t.query<{ uploadMaterial: CaseView }>(
        `mutation($input: UploadMaterialInput!) { uploadMaterial(input: $input) { ${CASE} } }`,
        {
          token,
          variables: {
            input: {
              caseId: c.id,
              expectedVersion: c.version,
              material,
              mediaType: "image/png",
              contentBase64,
            },
          },
        },
      );
    },

    /** Types a value into a manual field of the case. */
    fill(token: string, c: CaseView, key: string, value: string) {
      return t.query<{ setCaseFields: CaseView }>(
        `mutation($values: [FieldValueInput!]!) { setCaseFields(id: "${c.id}", expectedVersion: ${c.version}, values: $values) { ${CASE} } }`,
        { token, variables: { values: [{ key, value }] } },
      );
    },
  };
  return flow;
}

export const fieldOf = (c: CaseView, key: string) => c.formFields.find((f) => f.key === key)!;
