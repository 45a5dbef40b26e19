import { todayInChina } from "@gongxiang/kit";

/**
 * The cases base's notion of now. Deadlines and supervision read it; tests move it forward to
 * see a case turn YELLOW and RED without waiting a week.
 */
export class CaseClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today in China Standard Time (YYYY-MM-DD). */
  today(): string {
    return todayInChina(this.now());
  }

  /** Moves the clock so that it reads `date` (00:00 China time plus the current time of day kept). */
  moveTo(date: string): void {
    const target = new Date(`${date}T12:00:00+08:00`).getTime();
    this.offsetMs = target - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
