import type { Caller } from "../auth/caller.js";
import { PurposeRequiredError, UnauthorizedFieldError } from "../errors/errors.js";
import type { FieldDecision } from "./field-view.js";
import { z } from "../util/env.js";
import { maskingRules, maskValue, type MaskingRule } from "./masking.js";

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

const RANK: Record<GrantLevel, number> = { VERIFY: 1, MASKED: 2, FULL: 3 };

function denied(item: string, reason: string): FieldDecision {
  const [typeName, field] = item.includes(".") ? item.split(".") : [item, ""];
  const error = new UnauthorizedFieldError(typeName!, field!, reason);
  return { level: "DENIED", error };
}

/**
 * The level at which a department reads one data item for its purpose (DESIGN.md, sharing
 * rules): unclassified and NOT_SHARED items never; UNCONDITIONAL ones with any grant in force;
 * CONDITIONAL ones only for a purpose the grant names (`item:<code>`), else PURPOSE_REQUIRED.
 */
export function decideItem(
  snapshot: SharingSnapshot | null,
  caller: Caller,
  item: string,
): FieldDecision {
  if (!snapshot) return denied(item, "the sharing rules cannot be read right now");
  const rule = snapshot.items[item];
  if (!rule) return denied(item, "not classified in the data-resource catalog, so not shared");
  if (rule.shareType === "NOT_SHARED") return denied(item, "not shared");
  const grants = snapshot.grants.filter(
    (grant) => grant.consumer === caller.dept && grant.items.includes(item),
  );
  if (grants.length === 0) return denied(item, `no grant for ${caller.dept ?? "this caller"}`);
  if (grants.every((grant) => grant.level === "VERIFY")) {
    return denied(item, "granted for verification only (VERIFY): no values");
  }
  let usable = grants;
  if (rule.shareType === "CONDITIONAL") {
    if (!caller.purpose) return { level: "DENIED", error: new PurposeRequiredError(item) };
    if (caller.purpose.startsWith("case:")) {
      return denied(
        item,
        `${caller.purpose} is not an open case of ${caller.dept ?? "this caller"}`,
      );
    }
    const code = caller.purpose.slice("item:".length);
    usable = grants.filter((grant) => grant.purposes.includes(code));
    if (usable.length === 0) return denied(item, `not granted for the purpose ${caller.purpose}`);
  }
  const level = usable.map((grant) => grant.level).reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
  if (level === "FULL") return { level: "FULL" };
  if (level === "MASKED")
    return { level: "MASKED", mask: (value) => maskValue(rule.masking, value) };
  return denied(item, "granted for verification only (VERIFY): no values");
}

/** True when the caller may at least verify the item (yes/no answers). */
export function mayVerify(snapshot: SharingSnapshot | null, caller: Caller, item: string): boolean {
  if (!snapshot || !snapshot.items[item] || snapshot.items[item].shareType === "NOT_SHARED") {
    return false;
  }
  return snapshot.grants.some(
    (grant) =>
      grant.consumer === caller.dept &&
      grant.items.includes(item) &&
      (snapshot.items[item]!.shareType === "UNCONDITIONAL" ||
        (caller.purpose?.startsWith("item:") &&
          grant.purposes.includes(caller.purpose.slice("item:".length)))),
  );
}
