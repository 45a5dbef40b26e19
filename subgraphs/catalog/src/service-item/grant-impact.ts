import {
  BadUserInputError,
  NotFoundError,
  z,
  type EntityManager,
  type SharingSnapshot,
} from "@gongxiang/kit";
import type { SupergraphIndex } from "../binding/supergraph-index.js";
import { Classification } from "../data-resource/data-resource.service.js";
import { SharingGrantEntity } from "../grant/sharing-grant.entity.js";
import type { SharingRulesReader } from "./service-item.service.js";
import { ServiceItemEntity } from "./service-item.entity.js";
import { ItemStatus } from "./service-item.enums.js";
import { grantReadiness } from "./grant-readiness.js";
import type { Problem } from "./publication-check.js";

/** What one published item would lose if a grant went. */
export interface ItemImpact {
  code: string;
  version: number;
  name: string;
  /** Fields that would be typed in by hand, licence materials that would need scans. */
  lostFields: Problem[];
  /** Eligibility rules that could no longer be decided (or would become manual checks). */
  brokenRules: Problem[];
}

const key = (problem: Problem) => `${problem.path}`;

/**
 * Which published items lose which fields, and which eligibility rules, if a grant goes: the
 * grant readiness of each item of the consumer department, under the rules in force and under
 * the same rules without this grant, compared.
 */
export class GrantImpacts {
  constructor(
    private readonly supergraph: SupergraphIndex,
    private readonly sharing: SharingRulesReader,
  ) {}

  async of(
    em: EntityManager,
    grantId: string,
  ): Promise<{ grant: SharingGrantEntity; items: ItemImpact[] }> {
    if (!z.uuid().safeParse(grantId).success) throw new BadUserInputError("not a grant id", "id");
    const grant = await em.findOne(SharingGrantEntity, { id: grantId });
    if (!grant) throw new NotFoundError("that grant");
    const rules = await this.sharing.snapshot(await this.sharing.version());
    return { grant, items: await this.compare(em, grant, rules) };
  }

  private async compare(
    em: EntityManager,
    grant: SharingGrantEntity,
    rules: SharingSnapshot,
  ): Promise<ItemImpact[]> {
    const without: SharingSnapshot = {
      ...rules,
      grants: rules.grants.filter((g) => g.id !== grant.id),
    };
    if (without.grants.length === rules.grants.length) return []; // not in force: nothing hangs on it
    const items = await em.find(
      ServiceItemEntity,
      {
        department: grant.consumer as ServiceItemEntity["department"],
        status: ItemStatus.PUBLISHED,
      },
      { orderBy: { code: "asc", version: "desc" } },
    );
    const classification = await Classification.load(em);
    const impacts: ItemImpact[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.code)) continue; // the current published version only
      seen.add(item.code);
      const before = grantReadiness(item, this.supergraph, classification, rules);
      const after = grantReadiness(item, this.supergraph, classification, without);
      const had = new Set([...before.problems, ...before.warnings].map(key));
      const lostFields = after.warnings.filter(
        (w) => !had.has(key(w)) && !w.path.startsWith("eligibility."),
      );
      const brokenRules = [...after.problems, ...after.warnings].filter(
        (p) => !had.has(key(p)) && p.path.startsWith("eligibility."),
      );
      if (lostFields.length || brokenRules.length) {
        impacts.push({
          code: item.code,
          version: item.version,
          name: item.name,
          lostFields,
          brokenRules,
        });
      }
    }
    return impacts;
  }
}
