import { gatewayFailure, TtlCache, z, type HubClient } from "@gongxiang/kit";
import { AS_THE_HUB } from "../hub-client/as-the-hub.js";

const ITEM_QUERY = `query Disclosure($code: String!) {
  serviceItem(code: $code) { status disclosure { results outcomes } }
}`;
const answer = z.object({
  serviceItem: z
    .object({
      status: z.string(),
      disclosure: z.object({ results: z.boolean(), outcomes: z.array(z.string()) }),
    })
    .nullable(),
});

/** What an item's department publishes of its handling, as the catalog says. */
export interface Published {
  results: boolean;
  outcomes: ReadonlySet<string>;
}
const NOTHING: Published = { results: false, outcomes: new Set() };

/**
 * The catalog's disclosure settings, asked through the gateway and kept for 30 s: a data
 * officer's change is in force on the public pages within that time.
 */
export class PublishedSettings {
  private readonly cache = new TtlCache<Published>(1_000);

  constructor(private readonly hub: HubClient) {}

  async of(itemCode: string): Promise<Published> {
    const cached = this.cache.get(itemCode);
    if (cached) return cached;
    const response = await this.hub.request(ITEM_QUERY, { code: itemCode }, AS_THE_HUB);
    if (!response.data) throw gatewayFailure("the item's disclosure", response.errors);
    const item = answer.parse(response.data).serviceItem;
    const published =
      item && item.status === "PUBLISHED"
        ? { results: item.disclosure.results, outcomes: new Set(item.disclosure.outcomes) }
        : NOTHING;
    this.cache.set(itemCode, published, Date.now() + 30_000);
    return published;
  }
}
