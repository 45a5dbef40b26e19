import { Connection } from "@gongxiang/kit";
import { Field, ObjectType } from "type-graphql";
import { AdminLevel } from "../service-item/service-item.enums.js";

@ObjectType("ServiceSite", {
  description: "A place that accepts cases: a station, a centre, a hall.",
})
export class ServiceSite {
  @Field(() => String, { description: "Division code of the site (12, 9 or 6 digits)." })
  code!: string;

  @Field(() => String, { description: "Name, e.g. 后丰乐堡村便民服务站." })
  name!: string;

  @Field(() => AdminLevel, { description: "Level of the site." })
  level!: string;
}

@ObjectType("ServiceSiteConnection", { description: "A page of service sites." })
export class ServiceSiteConnection extends Connection("ServiceSite", ServiceSite) {}
