import { registerEnumType } from "type-graphql";

export enum CaseDecision {
  ACCEPT = "ACCEPT",
  REVIEW = "REVIEW",
  APPROVE = "APPROVE",
  REJECT = "REJECT",
}
registerEnumType(CaseDecision, {
  name: "CaseDecision",
  description: "A workflow step's decision: accept at the station, review, approve or reject.",
});
