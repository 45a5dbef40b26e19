import type { Department, MaskingRule } from "@gongxiang/kit";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import type { sensitivities, shareTypes, dataBases } from "./data-resource.enums.js";

/**
 * A shareable data item: a field (`Person.birthDate`) or a licence type (`Licence:ID_CARD`),
 * with its provider and classification. What is not here is not shared.
 */
@Entity({ tableName: "data_resource" })
export class DataResourceEntity {
  @PrimaryKey({ type: "string", length: 80 })
  item!: string;

  @Property({ type: "string", length: 20 })
  base!: (typeof dataBases)[number];

  @Property({ type: "string", length: 40 })
  provider!: Department;

  @Property({ type: "string", length: 200 })
  description!: string;

  @Property({ type: "string", length: 12 })
  sensitivity!: (typeof sensitivities)[number];

  @Property({ type: "string", length: 16 })
  shareType!: (typeof shareTypes)[number];

  @Property({ type: "string", length: 16 })
  masking!: MaskingRule;

  /** Whether a case purpose also covers the applicant's household members for this item. */
  @Property({ type: "boolean" })
  householdScope!: boolean;

  /** For a licence type: the data keys its licences carry (what bindings may name). */
  @Property({ type: "json", nullable: true })
  dataKeys!: string[] | null;

  @Property({ type: "datetime" })
  classifiedAt!: Date;

  @Property({ type: "string", length: 128 })
  classifiedBy!: string;
}
