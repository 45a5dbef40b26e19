import {
  Action,
  BadUserInputError,
  ConflictError,
  isCitizen,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";
import { CaseStatus } from "../case/case.enums.js";
import type { CasesDeps } from "../context.js";
import { followUpAnswerText } from "../notification/notice-texts.js";
import { queueNotification } from "../notification/notify.js";
import { WorkflowService } from "../workflow/workflow.service.js";

/** Days a department has to answer a poor rating (好差评 rules). */
export const FOLLOW_UP_WORKING_DAYS = 5;

/** The applicant (or the agent for them) rates a finished case once; 1-2 opens a follow-up. */
export function rateCase(
  em: EntityManager,
  access: RequestAccess,
  deps: CasesDeps,
  input: { caseId: string; expectedVersion: number; score: number; comment: string | null },
): Promise<CaseEntity> {
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
    throw new BadUserInputError("score is 1 to 5", "score");
  }
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 500)
    throw new BadUserInputError("comment is at most 500 characters", "comment");
  const { caller } = access;
  const workflow = new WorkflowService(em, access, deps);
  return workflow.change(
    input.caseId,
    input.expectedVersion,
    workflow.may(Action.CASE_RATE),
    (row) => {
      const applicant = isCitizen(caller);
      if (
        row.status !== CaseStatus.COMPLETED &&
        row.status !== CaseStatus.DELIVERED &&
        row.status !== CaseStatus.REJECTED
      ) {
        throw new ConflictError(`case ${row.number} is ${row.status}: rate it once it is finished`);
      }
      if (row.rating !== null) throw new ConflictError(`case ${row.number} is already rated`);
      row.rating = input.score;
      row.ratingComment = comment;
      row.ratedBy = caller.sub;
      // A poor rating opens a follow-up: it waits in the department's inbox until answered.
      if (input.score <= 2) {
        row.followUpDue = deps.calendar.addWorkingDays(deps.clock.today(), FOLLOW_UP_WORKING_DAYS);
      }
      return Promise.resolve({
        role: applicant ? "citizen" : "agent",
        action: "RATE",
        from: row.status,
        opinion: `${input.score}${comment ? `: ${comment}` : ""}`,
      });
    },
  );
}

/** The department's answer to a poor rating. */
export function answerFollowUp(
  em: EntityManager,
  access: RequestAccess,
  deps: CasesDeps,
  input: { caseId: string; expectedVersion: number; answer: string },
): Promise<CaseEntity> {
  const answer = input.answer.trim();
  if (answer.length === 0 || answer.length > 1000)
    throw new BadUserInputError("answer is 1 to 1000 characters", "answer");
  const workflow = new WorkflowService(em, access, deps);
  return workflow.change(
    input.caseId,
    input.expectedVersion,
    workflow.may(Action.CASE_ANSWER_FOLLOW_UP),
    (row, tx) => {
      if (row.followUpDue === null) throw new ConflictError(`case ${row.number} has no follow-up`);
      if (row.followUpAnswer !== null)
        throw new ConflictError(`case ${row.number}'s follow-up is answered`);
      row.followUpAnswer = answer;
      queueNotification(tx, row, "FOLLOW_UP_ANSWER", followUpAnswerText(row, answer));
      return Promise.resolve({
        role: access.roleAmong(["clerk", "approver"]),
        action: "FOLLOW_UP",
        from: row.status,
        opinion: answer,
      });
    },
  );
}
