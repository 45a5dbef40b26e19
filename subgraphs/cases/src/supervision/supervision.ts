import type { WorkingCalendar } from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";
import { CaseStatus, Supervision } from "../case/case.enums.js";

const RUNNING: readonly string[] = [
  CaseStatus.ACCEPTED,
  CaseStatus.SUPPLEMENT_REQUIRED,
  CaseStatus.REVIEWED,
  CaseStatus.APPROVED,
];

/**
 * The supervision colour on `today`: RED past the deadline; YELLOW on its last working day or
 * with under 20% of the working days left; GREEN otherwise; NONE before acceptance or once the
 * case is decided and closed.
 */
export function supervisionOn(
  row: Pick<CaseEntity, "status" | "acceptedOn" | "deadline">,
  today: string,
  calendar: WorkingCalendar,
): Supervision {
  if (!RUNNING.includes(row.status) || !row.acceptedOn || !row.deadline) return Supervision.NONE;
  if (today > row.deadline) return Supervision.RED;
  if (today === row.deadline) return Supervision.YELLOW;
  const total = calendar.workingDaysBetween(row.acceptedOn, row.deadline);
  const left = calendar.workingDaysBetween(today, row.deadline);
  if (total > 0 && left / total < 0.2) return Supervision.YELLOW;
  return Supervision.GREEN;
}
