import { WorkingCalendar } from "./working-days.js";

describe("working days", () => {
  const calendar = new WorkingCalendar(["2026-10-01", "2026-10-02"]);
  it("skips weekends: a Friday plus 5 working days is the next Friday", () => {
    expect(calendar.addWorkingDays("2026-11-20", 5)).toBe("2026-11-27");
  });
  it("skips listed holidays", () => {
    expect(calendar.addWorkingDays("2026-09-30", 1)).toBe("2026-10-05");
  });
  it("counts working days between dates", () => {
    expect(calendar.workingDaysBetween("2026-11-20", "2026-11-27")).toBe(5);
    expect(calendar.workingDaysBetween("2026-11-27", "2026-11-20")).toBe(-5);
  });
});
