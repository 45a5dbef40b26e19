import { z } from "../util/env.js";
import { maskingRules, type MaskingRule } from "./masking.js";

export type GrantLevel = (typeof grantLevels)[number];

/** An approved grant in force, as the catalog publishes it. */
export interface EffectiveGrant {
  id: string;
  consumer: string;
  items: string[];
  level: GrantLevel;
  /** Service item codes the grant serves. */
  purposes: string[];
}

export interface ItemRule {
  shareType: "UNCONDITIONAL" | "CONDITIONAL" | "NOT_SHARED";
  masking: MaskingRule;
  provider: string;
  /** Whether a case purpose also covers the applicant's household members. */
  householdScope: boolean;
}

/** The sharing rules at one moment: classification and grants in force. */
export interface SharingSnapshot {
  version: string;
  items: Record<string, ItemRule>;
  grants: EffectiveGrant[];
}

const grantLevels = ["FULL", "MASKED", "VERIFY"] as const;

/** What a base accepts from the catalog: anything else keeps the old rules (until stale). */
export const sharingSnapshotSchema: z.ZodType<SharingSnapshot> = z.object({
  version: z.string().min(1),
  items: z.record(
    z.string(),
    z.object({
      shareType: z.enum(["UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED"]),
      masking: z.enum(maskingRules),
      provider: z.string(),
      householdScope: z.boolean(),
    }),
  ),
  grants: z.array(
    z.object({
      id: z.string(),
      consumer: z.string(),
      items: z.array(z.string()),
      level: z.enum(grantLevels),
      purposes: z.array(z.string()),
    }),
  ),
});
