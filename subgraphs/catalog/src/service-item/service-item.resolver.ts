import { Action, BadUserInputError, Requires } from "@gongxiang/kit";
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CatalogChangeConnection } from "../change/catalog-change.type.js";
import type { CatalogContext } from "../context.js";
import {
  AdminLevel,
  HandlingScope,
  ItemStatus,
  LanguageEnum,
  languageArg,
  type Language,
} from "./service-item.enums.js";
import { ServiceItemInput } from "./service-item.input.js";
import { serviceItemsIn } from "./service-item.service.js";
import { ServiceItem, ServiceItemConnection } from "./service-item.type.js";

const service = serviceItemsIn;

@Resolver(() => ServiceItem)
export class ServiceItemResolver {
  @Query(() => ServiceItem, {
    nullable: true,
    description:
      "A service item: its current version, or the version asked for (drafts only for their data officers).",
  })
  @Requires(Action.CATALOG_READ)
  serviceItem(
    @Arg("code", () => String) code: string,
    @Arg("version", () => Int, { nullable: true }) version: number | null,
    @Arg("language", () => LanguageEnum, languageArg) language: Language,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceItem | null> {
    return service(ctx).get(code, version, language);
  }

  @Query(() => ServiceItemConnection, {
    description:
      "Service items in code order: by default the published ones; `site` keeps those a case may be accepted for there.",
  })
  @Requires(Action.CATALOG_READ)
  serviceItems(
    @Arg("site", () => String, { nullable: true, description: "Division code of a service site." })
    site: string | null,
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("level", () => AdminLevel, { nullable: true }) level: string | null,
    @Arg("scope", () => HandlingScope, { nullable: true }) scope: string | null,
    @Arg("search", () => String, { nullable: true, description: "Part of the name or code." })
    search: string | null,
    @Arg("status", () => ItemStatus, {
      nullable: true,
      description: "Default PUBLISHED; DRAFT for data officers.",
    })
    status: ItemStatus | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("language", () => LanguageEnum, languageArg) language: Language,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceItemConnection> {
    if (search != null && search.length > 50)
      throw new BadUserInputError("search is at most 50 characters", "search");
    if (site != null && !/^\d{6}(\d{3}(\d{3})?)?$/.test(site)) {
      throw new BadUserInputError("site must be a 6, 9 or 12-digit division code", "site");
    }
    if (department != null && department.length > 40)
      throw new BadUserInputError("unknown department", "department");
    return service(ctx).list(
      { site, department, level, scope, search, status },
      first,
      after,
      language,
    );
  }

  @FieldResolver(() => CatalogChangeConnection, {
    nullable: true,
    description: "Who changed this version and when, oldest first (for departments' staff).",
  })
  history(
    @Root() item: ServiceItem,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CatalogChangeConnection | null> {
    return service(ctx).history(item.code, item.version, first, after);
  }

  @Mutation(() => ServiceItem, {
    description:
      "Creates a new item as version 1 DRAFT (data officer of its department, or data-bureau).",
  })
  @Requires(Action.SERVICE_ITEM_MANAGE)
  createServiceItem(
    @Arg("input", () => ServiceItemInput) input: ServiceItemInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceItem> {
    return service(ctx).create(input);
  }

  @Mutation(() => ServiceItem, {
    description:
      "Edits an item: changes its draft, or opens the next version's draft when the newest is published.",
  })
  @Requires(Action.SERVICE_ITEM_MANAGE)
  editServiceItem(
    @Arg("code", () => String) code: string,
    @Arg("input", () => ServiceItemInput) input: ServiceItemInput,
    @Arg("expectedRevision", () => Int, {
      nullable: true,
      description: "The draft revision you edited; a newer one makes this a CONFLICT.",
    })
    expectedRevision: number | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceItem> {
    return service(ctx).edit(code, input, expectedRevision);
  }

  @Mutation(() => ServiceItem, {
    description:
      "Publishes the draft; refused (BAD_USER_INPUT) while a binding names nothing real.",
  })
  @Requires(Action.SERVICE_ITEM_MANAGE)
  publishServiceItem(
    @Arg("code", () => String) code: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceItem> {
    return service(ctx).publish(code);
  }

  @Mutation(() => ServiceItem, {
    description: "Withdraws the current version: no new cases start on it.",
  })
  @Requires(Action.SERVICE_ITEM_MANAGE)
  withdrawServiceItem(
    @Arg("code", () => String) code: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceItem> {
    return service(ctx).withdraw(code, reason);
  }
}
