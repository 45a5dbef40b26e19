import { createHash, randomUUID } from "node:crypto";
import { Action, BadUserInputError, type EntityManager, type RequestAccess } from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";
import { CaseStatus } from "../case/case.enums.js";
import type { CasesDeps } from "../context.js";
import { WorkflowService } from "../workflow/workflow.service.js";
import { SCAN_CHECKS } from "./scan-check.js";
import { UploadEntity } from "./upload.entity.js";
import { markSupplied } from "../intake/manual-entry.js";

/**
 * A scan for a material sent as base64 inside a GraphQL mutation: decoded, then stored by
 * storeMaterialScan under the same checks as a streamed upload.
 */
export async function uploadMaterial(
  em: EntityManager,
  access: RequestAccess,
  deps: CasesDeps,
  input: {
    caseId: string;
    expectedVersion: number;
    material: string;
    mediaType: string;
    contentBase64: string;
  },
): Promise<CaseEntity> {
  if (input.contentBase64.length > Math.ceil((deps.uploadMaxBytes * 4) / 3) + 4) {
    throw new BadUserInputError(`a scan is at most ${deps.uploadMaxBytes} bytes`, "contentBase64");
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
    throw new BadUserInputError("contentBase64 is not base64", "contentBase64");
  const { contentBase64, ...rest } = input;
  return storeMaterialScan(em, access, deps, {
    ...rest,
    content: Buffer.from(contentBase64, "base64"),
    argument: "contentBase64",
  });
}

/**
 * A scan for a material, however it arrived (base64 in a mutation, or streamed to the upload
 * route): type and size limits, the content decoded as its declared type (an image that does
 * not decode, a PDF that runs scripts, a PNG with a web page behind it are refused), a SHA-256 kept
 * with the case, the bytes stored encrypted in the configured store.
 */
export async function storeMaterialScan(
  em: EntityManager,
  access: RequestAccess,
  deps: CasesDeps,
  input: {
    caseId: string;
    expectedVersion: number;
    material: string;
    mediaType: string;
    content: Buffer;
    /** The argument a refusal of the content names. */
    argument: string;
  },
): Promise<CaseEntity> {
  const check = SCAN_CHECKS[input.mediaType];
  if (!check)
    throw new BadUserInputError(
      `mediaType must be one of ${Object.keys(SCAN_CHECKS).join(", ")}`,
      "mediaType",
    );
  const content = input.content;
  if (content.length === 0 || content.length > deps.uploadMaxBytes) {
    throw new BadUserInputError(`a scan is 1 to ${deps.uploadMaxBytes} bytes`, input.argument);
  }
  const problem = check(content);
  if (problem) {
    throw new BadUserInputError(
      `the content is not a safe ${input.mediaType}: ${problem}`,
      input.argument,
    );
  }
  const sha256 = createHash("sha256").update(content).digest("hex");
  const id = randomUUID();

  const workflow = new WorkflowService(em, access, deps);
  return workflow.change(
    input.caseId,
    input.expectedVersion,
    workflow.may(Action.CASE_FILL),
    async (row, tx) => {
      if (row.status !== CaseStatus.DRAFT && row.status !== CaseStatus.SUPPLEMENT_REQUIRED) {
        throw new BadUserInputError(
          `case ${row.number} is ${row.status}: no uploads now`,
          "caseId",
        );
      }
      const index = row.materials.findIndex((m) => m.name === input.material);
      if (index < 0)
        throw new BadUserInputError(`the case needs no material ${input.material}`, "material");
      if (row.materials[index]!.status === "BY_LICENCE") {
        throw new BadUserInputError(
          `${input.material} is satisfied by a licence: no copy is needed`,
          "material",
        );
      }
      tx.persist(
        tx.create(UploadEntity, {
          id,
          caseId: row.id,
          materialName: input.material,
          mediaType: input.mediaType,
          size: content.length,
          sha256,
          createdAt: deps.clock.now(),
          createdBy: access.caller.sub,
        }),
      );
      await tx.flush();
      // The PostgreSQL store writes in this transaction; a file store's orphan is harmless.
      await deps.uploads.put(id, content, tx);
      row.materials = row.materials.map((m, i) =>
        i === index
          ? { ...m, status: "UPLOADED", uploadId: id, uploadSha256: sha256, reason: null }
          : m,
      );
      markSupplied(row, [input.material]);
      return { role: "agent", action: "UPLOAD", from: row.status, opinion: input.material };
    },
  );
}
