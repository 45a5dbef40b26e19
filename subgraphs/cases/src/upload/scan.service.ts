import { createHash } from "node:crypto";
import {
  Action,
  BadUserInputError,
  NotFoundError,
  fieldView,
  type Decisions,
} from "@gongxiang/kit";
import { CASE_CONTENT, caseResource, caseSubject } from "../case/case.access.js";
import { CaseEntity } from "../case/case.entity.js";
import type { CasesContext } from "../context.js";
import { SCAN_CHECKS } from "./scan-check.js";
import type { CaseScan } from "./scan.type.js";
import { UploadEntity } from "./upload.entity.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/pdf": "pdf",
};

/**
 * A scan read back: the case's scope decides who (case:readScan), the bytes are decrypted from
 * the store and must still hash to what the case records and still pass the content check, and
 * the read is noted for the access log under the applicant.
 */
export async function readScan(
  ctx: CasesContext,
  caseId: string,
  material: string,
): Promise<CaseScan | null> {
  if (!UUID.test(caseId)) throw new BadUserInputError("not a case id", "caseId");
  if (material.length === 0 || material.length > 60)
    throw new BadUserInputError("material is 1 to 60 characters", "material");
  const row = await ctx.em.findOne(CaseEntity, { id: caseId });
  if (!row || !ctx.access.allows(Action.CASE_READ, caseResource(row))) return null;
  ctx.access.assert(Action.CASE_READ_SCAN, caseResource(row));
  const entry = row.materials.find((m) => m.name === material);
  if (!entry?.uploadId) throw new NotFoundError("a scan of that material on this case");
  const upload = await ctx.em.findOneOrFail(UploadEntity, { id: entry.uploadId });
  const content = await ctx.deps.uploads.get(upload.id);
  if (!content) throw new NotFoundError("a scan of that material on this case");
  const sha256 = createHash("sha256").update(content).digest("hex");
  const check = SCAN_CHECKS[upload.mediaType];
  const problem = check ? check(content) : "an unknown media type";
  if (sha256 !== entry.uploadSha256 || problem !== null) {
    ctx.log.error({ caseId, material }, "a stored scan does not match its case or its type");
    throw new NotFoundError("a sound scan of that material on this case");
  }
  const all = ctx.access.fields(CASE_CONTENT, caseSubject(row));
  const decisions: Decisions = { contentBase64: all["CaseScan.contentBase64"]! };
  return fieldView<CaseScan>(
    {
      caseId,
      material,
      mediaType: upload.mediaType,
      size: upload.size,
      sha256,
      fileName: `${row.number}-${upload.id.slice(0, 8)}.${EXTENSIONS[upload.mediaType] ?? "bin"}`,
      contentBase64: content.toString("base64"),
    },
    decisions,
    (field, decision) => ctx.releases.note(row.applicantCitizenId, `CaseScan.${field}`, decision),
  );
}
