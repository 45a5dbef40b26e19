import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import type { AdminLevel } from "@gongxiang/kit";

/** A place where cases are accepted: a village station, a town centre, a county hall. */
@Entity({ tableName: "service_site" })
export class ServiceSiteEntity {
  @PrimaryKey({ type: "string", length: 12 })
  code!: string;

  @Property({ type: "string", length: 100 })
  name!: string;

  @Property({ type: "string", length: 10 })
  level!: AdminLevel;
}
