import { canonicalJson } from "../util/canonical-json.js";
import { z } from "../util/env.js";

/** What a partition's signed checkpoint says: its tree had this size and root at this time. */
export const checkpointPayloadSchema = z.object({
  typ: z.literal("gongxiang-access-log-checkpoint"),
  v: z.literal(1),
  log: z.string(),
  treeSize: z.number().int().min(0),
  rootHash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.iso.datetime(),
});
export type CheckpointPayload = z.infer<typeof checkpointPayloadSchema>;

/** A stored checkpoint with its signature (a compact JWS over the canonical payload). */
export interface SignedCheckpoint {
  id: string;
  base: string;
  month: string;
  treeSize: number;
  rootHash: string;
  signedAt: Date;
  kid: string;
  jws: string;
}

export const CHECKPOINT_JWS_TYPE = "access-log-checkpoint+jws";

export function checkpointPayload(
  log: string,
  treeSize: number,
  rootHash: string,
  signedAt: Date,
): string {
  return canonicalJson({
    typ: "gongxiang-access-log-checkpoint",
    v: 1,
    log,
    treeSize,
    rootHash,
    signedAt: signedAt.toISOString(),
  } satisfies CheckpointPayload);
}

/** The public form of a checkpoint (the well-known route, the witness, exports). */
export function publicCheckpoint(checkpoint: SignedCheckpoint) {
  return {
    id: checkpoint.id,
    log: `${checkpoint.base}/${checkpoint.month}`,
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    signedAt: checkpoint.signedAt.toISOString(),
    keyId: checkpoint.kid,
    jws: checkpoint.jws,
  };
}
