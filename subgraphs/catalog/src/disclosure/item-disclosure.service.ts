import {
  Action,
  BadUserInputError,
  NotFoundError,
  z,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import { recordChange } from "../change/catalog-change.service.js";
import { ServiceItemEntity } from "../service-item/service-item.entity.js";
import { ItemDisclosureEntity } from "./item-disclosure.entity.js";
import { outcomeFigures, type ItemDisclosure } from "./item-disclosure.type.js";

const NOTHING: ItemDisclosure = { results: false, outcomes: [] };
const settings = z.object({
  results: z.boolean(),
  outcomes: z.array(z.enum(outcomeFigures)).max(outcomeFigures.length),
});

/**
 * What of an item's handling is public: nothing until its department's data officers (or the
 * data bureau's) decide; every decision is in the catalog's change history.
 */
export class ItemDisclosureService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: RequestAccess,
  ) {}

  async of(code: string): Promise<ItemDisclosure> {
    const row = await this.em.findOne(ItemDisclosureEntity, { code });
    return row
      ? { results: row.results, outcomes: row.outcomes as ItemDisclosure["outcomes"] }
      : NOTHING;
  }

  async set(code: string, input: unknown): Promise<ItemDisclosure> {
    const wanted = settings.safeParse(input);
    if (!wanted.success) throw new BadUserInputError("not a disclosure setting", "input");
    return this.em.transactional(async (em) => {
      const item = await em.findOne(ServiceItemEntity, { code }, { orderBy: { version: "desc" } });
      if (!item) throw new NotFoundError(`service item ${code}`);
      this.access.assert(Action.SERVICE_ITEM_MANAGE, { department: item.department });
      const disclosure = {
        results: wanted.data.results,
        outcomes: [...new Set(wanted.data.outcomes)],
      };
      const row =
        (await em.findOne(ItemDisclosureEntity, { code })) ??
        em.create(ItemDisclosureEntity, {
          code,
          ...disclosure,
          updatedAt: new Date(),
          updatedBy: this.access.caller.sub,
        });
      Object.assign(row, disclosure, { updatedAt: new Date(), updatedBy: this.access.caller.sub });
      em.persist(row);
      recordChange(em, this.access.caller, "DISCLOSED", `item:${code}@`, disclosure);
      await em.flush();
      return disclosure;
    });
  }
}
