import type { IncomingMessage, ServerResponse } from "node:http";
import {
  BearerSecret,
  todayInChina,
  type EffectiveGrant,
  type Orm,
  type SharingSnapshot,
} from "@gongxiang/kit";
import { DataResourceEntity } from "../data-resource/data-resource.entity.js";
import { SharingGrantEntity } from "./sharing-grant.entity.js";

/**
 * The sharing rules in force, as every base polls them: the version is the catalog's changes
 * plus today's date (grants expire by date), so an unchanged catalog answers 304 at the cost of
 * one count over the change log's index. Only the bases read them: who may read what about whom
 * is not public.
 */
export class SharingSnapshots {
  private readonly token: BearerSecret | null;

  /** Without a token the route answers no one (the catalog's own checks still read snapshots). */
  constructor(
    private readonly orm: Orm,
    token: string | null,
  ) {
    this.token = token === null ? null : new BearerSecret(token);
  }

  /**
   * The newest change and how many there are: ids are taken at insert but seen at commit, so a
   * change that commits after a later one leaves max(id) where it was. The log is append-only
   * (a trigger refuses updates and deletes), so every commit moves the count.
   */
  async version(): Promise<string> {
    const rows: { max: string | null; count: string }[] = await this.orm
      .fork()
      .getConnection()
      .execute("select max(id)::text as max, count(*)::text as count from catalog_change");
    return `${rows[0]?.max ?? "0"}.${rows[0]?.count ?? "0"}-${todayInChina()}`;
  }

  async snapshot(version: string): Promise<SharingSnapshot> {
    const em = this.orm.fork();
    const today = todayInChina();
    const [items, grants] = await Promise.all([
      em.find(DataResourceEntity, {}),
      em.find(SharingGrantEntity, {
        status: "APPROVED",
        validFrom: { $lte: today },
        $or: [{ validUntil: null }, { validUntil: { $gte: today } }],
      }),
    ]);
    return {
      version,
      items: Object.fromEntries(
        items.map((item) => [
          item.item,
          {
            shareType: item.shareType,
            masking: item.masking,
            provider: item.provider,
            householdScope: item.householdScope,
          },
        ]),
      ),
      grants: grants.map((grant): EffectiveGrant => ({
        id: grant.id,
        consumer: grant.consumer,
        items: grant.items,
        level: grant.level,
        purposes: grant.purposes,
      })),
    };
  }

  /** GET /sharing/snapshot with ETag / If-None-Match. */
  route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!this.token?.presentedBy(req)) {
      res.writeHead(401, { "www-authenticate": 'Bearer realm="sharing"' });
      res.end();
      return;
    }
    const version = await this.version();
    if (req.headers["if-none-match"] === `"${version}"`) {
      res.writeHead(304, { etag: `"${version}"` });
      res.end();
      return;
    }
    const body = JSON.stringify(await this.snapshot(version));
    res.writeHead(200, {
      "content-type": "application/json",
      etag: `"${version}"`,
      "cache-control": "no-cache",
    });
    res.end(body);
  };
}
