import type { SharingSnapshot } from "@gongxiang/kit";
import { CurrentItems } from "./current-items.js";
import type { ServiceItem } from "./service-item.js";

const item = (code: string, status: ServiceItem["status"] = "PUBLISHED"): ServiceItem => ({
  code,
  version: 1,
  status,
  name: "高龄津贴",
  department: "civil-affairs",
  scope: "COUNTY",
  regionCode: null,
  promisedWorkingDays: 5,
  resultLicenceType: null,
  formFields: [],
  materials: [],
  eligibility: [],
  steps: [{ action: "ACCEPT", name: "受理", role: "clerk", levels: ["TOWN"], department: null }],
});

/** The sharing rules a base holds: a version, or none (never fetched, or stale). */
class Rules {
  version: string | null = "7-2026-12-03";
  current(): SharingSnapshot | null {
    return this.version === null ? null : { version: this.version, items: {}, grants: [] };
  }
}

test("an item read under the rules in force is used until the catalog changes", () => {
  const rules = new Rules();
  const items = new CurrentItems(rules);
  const asOf = items.asOf()!;
  items.keep("elderly-allowance", asOf, item("elderly-allowance"));
  expect(items.get("elderly-allowance", items.asOf()!)).toEqual(item("elderly-allowance"));
  expect(items.get("disability-subsidy", items.asOf()!)).toBeUndefined();

  rules.version = "8-2026-12-03"; // a withdrawal, a new version, any change
  expect(items.get("elderly-allowance", items.asOf()!)).toBeUndefined();
  // The next day's rules are another version too.
  items.keep("elderly-allowance", items.asOf()!, item("elderly-allowance"));
  rules.version = "8-2026-12-04";
  expect(items.get("elderly-allowance", items.asOf()!)).toBeUndefined();
});

test("nothing is kept without rules in force, nor when they changed during the read", () => {
  const rules = new Rules();
  const items = new CurrentItems(rules);
  rules.version = null;
  expect(items.asOf()).toBeNull();

  rules.version = "7-2026-12-03";
  const asOf = items.asOf()!;
  rules.version = "8-2026-12-03"; // the item changed while it was being read
  items.keep("elderly-allowance", asOf, item("elderly-allowance"));
  expect(items.get("elderly-allowance", items.asOf()!)).toBeUndefined();
  // Nor under the old version, should the rules go back to it.
  rules.version = "7-2026-12-03";
  expect(items.get("elderly-allowance", asOf)).toBeUndefined();
});

test("a draft is never kept, a withdrawn item is (it refuses new cases)", () => {
  const items = new CurrentItems(new Rules());
  const asOf = items.asOf()!;
  items.keep("draft-item", asOf, item("draft-item", "DRAFT"));
  items.keep("old-item", asOf, item("old-item", "WITHDRAWN"));
  expect(items.get("draft-item", asOf)).toBeUndefined();
  expect(items.get("old-item", asOf)?.status).toBe("WITHDRAWN");
});

test("each caller gets a copy of its own: a change to one intake's item reaches no other", () => {
  const items = new CurrentItems(new Rules());
  const asOf = items.asOf()!;
  const read = item("elderly-allowance");
  items.keep("elderly-allowance", asOf, read);
  read.steps[0]!.levels.push("COUNTY"); // the reader's own copy
  const first = items.get("elderly-allowance", asOf)!;
  first.steps[0]!.role = "director";
  expect(items.get("elderly-allowance", asOf)!.steps[0]).toEqual(item("x").steps[0]);
});

test("past a thousand items the copies are dropped and read again, not grown", () => {
  const items = new CurrentItems(new Rules());
  const asOf = items.asOf()!;
  for (let i = 0; i < 1_000; i++) items.keep(`item-${i}`, asOf, item(`item-${i}`));
  expect(items.get("item-0", asOf)?.code).toBe("item-0");
  expect(items.get("item-999", asOf)?.code).toBe("item-999");
  items.keep("item-1000", asOf, item("item-1000"));
  expect(items.get("item-0", asOf)).toBeUndefined();
  expect(items.get("item-999", asOf)).toBeUndefined();
  expect(items.get("item-1000", asOf)?.code).toBe("item-1000");
});
