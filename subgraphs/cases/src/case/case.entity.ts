import { Entity, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import type {
  CaseContact,
  CaseEligibilityCheck,
  CaseField,
  CaseMaterial,
  CaseStep,
  SupplementRequest,
} from "./case.data.js";
import type { CaseStatus, Supervision } from "./case.enums.js";

/** One application, from the station to delivery; `version` guards every change. */
@Entity({ tableName: "case_file" })
@Unique({ properties: ["createdBy", "idempotencyKey"] })
export class CaseEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "string", length: 40, unique: true })
  number!: string;

  @Property({ type: "string", length: 64 })
  itemCode!: string;

  @Property({ type: "integer" })
  itemVersion!: number;

  @Property({ type: "string", length: 100 })
  itemName!: string;

  @Property({ type: "string", length: 40 })
  department!: string;

  @Property({ type: "string", length: 10 })
  scope!: string;

  @Property({ type: "integer" })
  promisedWorkingDays!: number;

  @Property({ type: "string", length: 40, nullable: true })
  resultLicenceType!: string | null;

  @Property({ type: "string", length: 18 })
  applicantCitizenId!: string;

  @Property({ type: "string", length: 64, nullable: true })
  applicantName!: string | null;

  /** The accepting service site. */
  @Property({ type: "string", length: 12 })
  site!: string;

  @Property({ type: "string", length: 12, nullable: true })
  applicantDivision!: string | null;

  @Property({ type: "string", length: 20 })
  status!: CaseStatus;

  /** Where a supplement request returns to. */
  @Property({ type: "string", length: 20, nullable: true })
  resumeStatus!: CaseStatus | null;

  @Property({ type: "json" })
  formFields!: CaseField[];

  @Property({ type: "json" })
  materials!: CaseMaterial[];

  @Property({ type: "json" })
  steps!: CaseStep[];

  /** The next step of `steps` to perform. */
  @Property({ type: "integer" })
  stepIndex!: number;

  @Property({ type: "json", nullable: true })
  supplementRequest!: SupplementRequest | null;

  @Property({ type: "string", length: 300, nullable: true })
  refusalReason!: string | null;

  /** The rule that refused the case, in words a counter shows (`derived:age >= 80`). */
  @Property({ type: "string", length: 200, nullable: true })
  refusalRule!: string | null;

  /** Each eligibility rule of the item, decided on the data or left for an official to attest. */
  @Property({ type: "json" })
  eligibility!: CaseEligibilityCheck[];

  /** The contact phone the applicant stated at the counter (provenance kept). */
  @Property({ type: "json", nullable: true })
  contact!: CaseContact | null;

  @Property({ type: "date", nullable: true })
  acceptedOn!: string | null;

  @Property({ type: "date", nullable: true })
  deadline!: string | null;

  @Property({ type: "date", nullable: true })
  completedOn!: string | null;

  @Property({ type: "string", length: 8 })
  supervision!: Supervision;

  @Property({ type: "string", length: 80, nullable: true })
  resultLicenceIdentifier!: string | null;

  /** Visits the applicant made (start, each supplement). */
  @Property({ type: "integer" })
  visits!: number;

  @Property({ type: "integer", nullable: true })
  rating!: number | null;

  @Property({ type: "string", length: 500, nullable: true })
  ratingComment!: string | null;

  @Property({ type: "string", length: 128, nullable: true })
  ratedBy!: string | null;

  @Property({ type: "date", nullable: true })
  followUpDue!: string | null;

  @Property({ type: "string", length: 1000, nullable: true })
  followUpAnswer!: string | null;

  @Property({ type: "string", length: 100 })
  idempotencyKey!: string;

  /** The agent who started it. */
  @Property({ type: "string", length: 128 })
  createdBy!: string;

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "datetime" })
  updatedAt!: Date;

  @Property({ type: "integer" })
  version!: number;
}
