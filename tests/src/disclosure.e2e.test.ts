import { insertCases, type FixtureCase } from "./support/case-fixture.js";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 15 acceptance 2: an item's results and outcome figures, computed from a fixture of stored
 * cases, equal hand-computed ones, working days counted across the National Day holiday; small
 * counts are not published.
 */
const HOLIDAYS = "2026-10-01,2026-10-02,2026-10-05,2026-10-06,2026-10-07";
const VILLAGE = "130926101216";
const TOWN = "130926101";
const ITEM = "minimum-living-allowance";

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ env: { HOLIDAYS } });
  // December 2026, whatever the date: November is the latest closed month.
  t.hub.subgraphs.cases.deps.clock.moveTo("2026-12-10");
  // C1-C6 completed, C7 a draft, C8 rejected, C9-C10 refused (October); C11 a draft (November).
  const rows: Omit<
    FixtureCase,
    "itemCode" | "itemName" | "department" | "applicant" | "created"
  >[] = [
    {
      status: "DELIVERED",
      site: VILLAGE,
      accepted: "2026-09-30",
      completed: "2026-10-09",
      deadline: "2026-10-14",
      rating: 5,
    },
    {
      status: "DELIVERED",
      site: VILLAGE,
      accepted: "2026-10-08",
      completed: "2026-10-12",
      deadline: "2026-10-09",
      rating: 4,
    },
    {
      status: "COMPLETED",
      site: VILLAGE,
      accepted: "2026-10-09",
      completed: "2026-10-16",
      deadline: "2026-10-16",
      rating: 1,
      followUp: "2026-10-23",
      answer: "已整改",
    },
    {
      status: "COMPLETED",
      site: VILLAGE,
      accepted: "2026-10-12",
      completed: "2026-10-13",
      deadline: "2026-10-19",
      rating: 2,
      followUp: "2026-10-20",
      visits: 2,
    },
    {
      status: "COMPLETED",
      site: TOWN,
      accepted: "2026-10-13",
      completed: "2026-10-23",
      deadline: "2026-10-27",
      rating: 5,
    },
    {
      status: "COMPLETED",
      site: TOWN,
      accepted: "2026-10-14",
      completed: "2026-10-20",
      deadline: "2026-10-21",
    },
    { status: "DRAFT", site: VILLAGE, auto: 1, materials: ["OUTSTANDING", "OUTSTANDING"] },
    {
      status: "REJECTED",
      site: TOWN,
      accepted: "2026-10-15",
      auto: 2,
      materials: ["BY_LICENCE", "BY_LICENCE"],
      rating: 1,
      followUp: "2026-10-30",
      answer: "已复核",
    },
    {
      status: "REFUSED",
      site: VILLAGE,
      auto: 0,
      materials: [],
      reason: "not eligible: applicant alive (population:Person.status = ALIVE)",
    },
    {
      status: "REFUSED",
      site: VILLAGE,
      auto: 0,
      materials: [],
      reason: "not eligible: applicant alive (population:Person.status = ALIVE)",
    },
    { status: "DRAFT", site: VILLAGE },
  ];
  await insertCases(
    t,
    rows.map((row, i) => ({
      itemCode: ITEM,
      itemName: "最低生活保障审批",
      department: "civil-affairs",
      // One open case per applicant and item: an applicant of its own for each.
      applicant: `1309261936041${String(i).padStart(5, "0")}`,
      // October, but for the last draft (November).
      created:
        i === 10
          ? "2026-11-03T10:00:00+08:00"
          : `2026-10-${String(16 + (i % 10)).padStart(2, "0")}T10:00:00+08:00`,
      ...row,
    })),
  );
});
afterAll(() => t?.stop());

describe("阳光红页: results and outcomes from stored cases", () => {
  it("counts an item's results month by month, leaving out counts under the minimum", async () => {
    const response = await t.query<{ disclosedResults: unknown }>(
      `{ disclosedResults(itemCode: "${ITEM}", from: "2026-10", to: "2026-11") {
           itemCode minimumCount months { month received approved refused refusedByRule { rule count } completed completedOnTime } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.disclosedResults).toEqual({
      itemCode: ITEM,
      minimumCount: 5,
      months: [
        // 3 refused (2 by one rule, 1 rejected) and 2 by that rule: under 5, not published.
        {
          month: "2026-10",
          received: 10,
          approved: 6,
          refused: null,
          refusedByRule: [],
          completed: 6,
          completedOnTime: 5,
        },
        // One case in November: nothing published.
        {
          month: "2026-11",
          received: null,
          approved: null,
          refused: null,
          refusedByRule: [],
          completed: null,
          completedOnTime: null,
        },
      ],
    });
  });

  it("computes the outcome figures as counted by hand, working days across the holiday", async () => {
    const response = await t.query<{ outcomeFigures: unknown }>(
      `{ outcomeFigures(itemCode: "${ITEM}", month: "2026-10") {
           itemCode autoFillShare licenceMaterialShare uploadsPerCase medianWorkingDays p90WorkingDays
           sameVillageShare averageRating followUpAnswerRate } }`,
    );
    expect(response.errors).toBeUndefined();
    // 8 handled cases (the refused left out): 21 of 32 fields filled from the bases; 8 of 16
    // materials by e-licence; 6 uploads. Working days acceptance to completion, National Day
    // (1, 2, 5-7 October) and weekends not counted: 2, 2, 5, 1, 8, 4 -> median 3, p90 8 (5 without
    // the holiday). 3 of 6 completed at a village site in one visit. Ratings 5, 4, 1, 2, 5, 1:
    // 3.0. Only 3 poor ratings to follow up: under 5, not published.
    expect(response.data!.outcomeFigures).toEqual({
      itemCode: ITEM,
      autoFillShare: 0.656,
      licenceMaterialShare: 0.5,
      uploadsPerCase: 0.75,
      medianWorkingDays: 3,
      p90WorkingDays: 8,
      sameVillageShare: 0.5,
      averageRating: 3,
      followUpAnswerRate: null,
    });
  });

  it("publishes only what the department decided, and takes no inverted period", async () => {
    const officer = await t.token({ sub: "ca-do", dept: "civil-affairs", roles: ["data-officer"] });
    await t.query(
      `mutation { setItemDisclosure(code: "senior-card", input: { results: false, outcomes: [] }) { results } }`,
      { token: officer },
    );
    const closed = await t.query<{
      disclosedResults: unknown;
      outcomeFigures: Record<string, unknown>;
    }>(
      `{ disclosedResults(itemCode: "senior-card") { itemCode } outcomeFigures(itemCode: "senior-card") { autoFillShare averageRating } }`,
    );
    expect(closed.data).toEqual({
      disclosedResults: null,
      outcomeFigures: { autoFillShare: null, averageRating: null },
    });
    const inverted = await t.query(
      `{ disclosedResults(itemCode: "${ITEM}", from: "2026-11", to: "2026-10") { itemCode } }`,
    );
    expect(codes(inverted)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers whole closed months only, so two answers cannot be told apart to one case", async () => {
    // By the day, October 16 and 17 would differ by the cases of one day.
    for (const query of [
      `{ disclosedResults(itemCode: "${ITEM}", from: "2026-10-01", to: "2026-10-16") { itemCode } }`,
      `{ outcomeFigures(itemCode: "${ITEM}", month: "2026-10-16") { itemCode } }`,
      `{ disclosedResults(itemCode: "${ITEM}", to: "2026-12") { itemCode } }`,
      `{ outcomeFigures(itemCode: "${ITEM}", month: "2026-12") { itemCode } }`,
      `{ outcomeFigures(itemCode: "${ITEM}", month: "2026-13") { itemCode } }`,
    ]) {
      expect([query, codes(await t.query(query))]).toEqual([query, ["BAD_USER_INPUT"]]);
    }
    // By default: the last twelve closed months, December (still running) not among them.
    const recent = await t.query<{ disclosedResults: { months: { month: string }[] } }>(
      `{ disclosedResults(itemCode: "${ITEM}") { months { month } } }`,
    );
    expect(recent.data!.disclosedResults.months.map((m) => m.month)).toEqual([
      "2026-10",
      "2026-11",
    ]);
    const figures = await t.query<{ outcomeFigures: { medianWorkingDays: number | null } }>(
      `{ outcomeFigures(itemCode: "${ITEM}") { medianWorkingDays } }`,
    );
    expect(figures.data!.outcomeFigures.medianWorkingDays).toBeNull();
  });
});
