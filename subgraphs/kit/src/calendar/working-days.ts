/** Working days: weekends and the listed public holidays (ISO dates) are not counted. */
export class WorkingCalendar {
  private readonly holidays: ReadonlySet<string>;

  constructor(holidays: Iterable<string> = []) {
    this.holidays = new Set(holidays);
  }

  isWorkingDay(isoDate: string): boolean {
    const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6 && !this.holidays.has(isoDate);
  }

  /** The date `days` working days after `isoDate` (a Friday + 5 is the next Friday). */
  addWorkingDays(isoDate: string, days: number): string {
    let date = new Date(`${isoDate}T00:00:00Z`);
    let left = days;
    while (left > 0) {
      date = new Date(date.getTime() + 86_400_000);
      if (this.isWorkingDay(date.toISOString().slice(0, 10))) left--;
    }
    return date.toISOString().slice(0, 10);
  }

  /** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
  workingDaysBetween(from: string, to: string): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    let date = new Date(`${from}T00:00:00Z`);
    const end = new Date(`${to}T00:00:00Z`).getTime();
    while (date.getTime() < end) {
      date = new Date(date.getTime() + 86_400_000);
      if (this.isWorkingDay(date.toISOString().slice(0, 10))) count++;
    }
    return count;
  }
}
