import { crc32, deflateSync } from "node:zlib";
import type { GraphQLResponse, TestHub } from "./test-hub.js";

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A real PNG (grey, RGB) of the given size: what a phone camera's scan stands in for. */
export function pngScan(width = 4, height = 3): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The scan the tests upload, base64. */
export const PNG = pngScan().toString("base64");

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
  refusalReason: string | null;
  refusalRule: string | null;
  eligibility: {
    fact: string;
    description: string;
    outcome: string | null;
    reason: string | null;
    manualCheck: boolean;
    attestedBy: string | null;
  }[];
}

export const CASE = `id number status version deadline supervision resultLicenceIdentifier refusalReason refusalRule
  eligibility { fact description outcome reason manualCheck attestedBy }
  formFields { key value manual reason source { base recordId licenceIdentifier fetchedAt verified } }
  materials { name satisfiedBy status licenceIdentifier sealVerified reason } history { id action }`;

/** The case-handling calls of a counter and a back office, as a test drives them. */
export function caseFlow(t: TestHub) {
  const flow = {
    agentAt: (site: string, dept = "civil-affairs") =>
      t.token({ sub: `agent@${site}`, dept, roles: ["agent"], site }),
    official: (role: string, site: string | undefined, dept = "civil-affairs") =>
      t.token({ sub: `${role}@${site ?? "nowhere"}`, dept, roles: [role], site }),

    startCase(
      token: string,
      itemCode: string,
      citizenId: string,
      key: string,
      contactPhone?: string,
    ) {
      return t.query<{ startCase: CaseView }>(
        `mutation($input: StartCaseInput!) { startCase(input: $input) { ${CASE} } }`,
        {
          token,
          variables: {
            input: { itemCode, applicantCitizenId: citizenId, idempotencyKey: key, contactPhone },
          },
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
