import { Entity, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import type {
  FormFieldDefinition,
  MaterialDefinition,
  ServiceItemDefinition,
  StepDefinition,
} from "./service-item.definition.js";
import type { EligibilityRule } from "@gongxiang/kit";
import type { ItemStatus } from "./service-item.enums.js";

/**
 * One version of a service item. A PUBLISHED version never changes (a database trigger refuses
 * it); editing makes a new DRAFT version, and cases keep the version they started on.
 */
@Entity({ tableName: "service_item" })
@Unique({ properties: ["code", "version"] })
export class ServiceItemEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "string", length: 64 })
  code!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  status!: ItemStatus;

  /** Bumped by every edit of a draft; an edit naming an older revision is a CONFLICT. */
  @Property({ type: "integer" })
  revision!: number;

  @Property({ type: "string", length: 100 })
  name!: string;

  @Property({ type: "string", length: 200, nullable: true })
  nameEn!: string | null;

  /** Null only on versions created before item types were recorded; publishing needs one. */
  @Property({ type: "string", length: 32, nullable: true })
  itemType!: ServiceItemDefinition["itemType"] | null;

  @Property({ type: "string", length: 40 })
  department!: ServiceItemDefinition["department"];

  @Property({ type: "string", length: 100, nullable: true })
  implementingBody!: string | null;

  @Property({ type: "string", length: 10 })
  level!: ServiceItemDefinition["level"];

  @Property({ type: "string", length: 10 })
  scope!: ServiceItemDefinition["scope"];

  @Property({ type: "string", length: 12, nullable: true })
  regionCode!: string | null;

  @Property({ type: "text" })
  legalBasis!: string;

  @Property({ type: "text", nullable: true })
  legalBasisEn!: string | null;

  @Property({ type: "text" })
  acceptanceConditions!: string;

  @Property({ type: "text", nullable: true })
  acceptanceConditionsEn!: string | null;

  @Property({ type: "integer" })
  promisedWorkingDays!: number;

  @Property({ type: "integer" })
  statutoryWorkingDays!: number;

  @Property({ type: "integer" })
  maxTrips!: number;

  @Property({ type: "integer" })
  feeFen!: number;

  @Property({ type: "string", length: 40, nullable: true })
  resultLicenceType!: string | null;

  /** Published versions keep each field's data items as resolved when they were published. */
  @Property({ type: "json" })
  formFields!: (FormFieldDefinition & { dataItems?: string[] })[];

  @Property({ type: "json" })
  materials!: MaterialDefinition[];

  @Property({ type: "json" })
  eligibility!: EligibilityRule[];

  @Property({ type: "json" })
  steps!: StepDefinition[];

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "string", length: 128 })
  createdBy!: string;

  @Property({ type: "datetime", nullable: true })
  publishedAt!: Date | null;

  @Property({ type: "string", length: 128, nullable: true })
  publishedBy!: string | null;

  /** What publication warned about, as the grants stood then (path and message). */
  @Property({ type: "json" })
  publicationWarnings!: { path: string; message: string }[];

  @Property({ type: "datetime", nullable: true })
  withdrawnAt!: Date | null;

  @Property({ type: "string", length: 200, nullable: true })
  withdrawalReason!: string | null;
}
