import {
  Action,
  BadUserInputError,
  parseInput,
  pageRequest,
  toPage,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import type { SupergraphIndex } from "../binding/supergraph-index.js";
import type { LicenceTypeLookup } from "../binding/source-binding.js";
import { recordChange } from "../change/catalog-change.service.js";
import { dataResourceDefinition, type DataResourceDefinition } from "./data-resource.definition.js";
import { DataResourceEntity } from "./data-resource.entity.js";
import type { DataResource, DataResourceConnection } from "./data-resource.type.js";

/** The whole classification at one moment: it is small (a few hundred items at most). */
export class Classification implements LicenceTypeLookup {
  private constructor(private readonly items: Map<string, DataResourceEntity>) {}

  /** Published versions carry their data items already: reading them needs no classification. */
  static readonly NONE = new Classification(new Map());

  static async load(em: EntityManager): Promise<Classification> {
    const rows = await em.find(DataResourceEntity, {});
    return new Classification(new Map(rows.map((row) => [row.item, row])));
  }

  get(item: string): DataResourceEntity | undefined {
    return this.items.get(item);
  }

  dataKeys(licenceType: string): readonly string[] | null {
    return this.items.get(`Licence:${licenceType}`)?.dataKeys ?? null;
  }
}

const itemKey = (value: unknown) =>
  typeof value === "string" && value.length <= 80 ? value : null;

export function toDataResource(row: DataResourceEntity): DataResource {
  return { ...row, classifiedAt: row.classifiedAt.toISOString() };
}

/** Reads and classifies the data-resource catalog. */
export class DataResourceService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: RequestAccess,
    private readonly supergraph: SupergraphIndex,
  ) {}

  async get(item: string): Promise<DataResource | null> {
    const row = await this.em.findOne(DataResourceEntity, { item });
    return row ? toDataResource(row) : null;
  }

  async list(
    filter: { base?: string | null; provider?: string | null; shareType?: string | null },
    first?: number | null,
    after?: string | null,
  ): Promise<DataResourceConnection> {
    const request = pageRequest(first, after, itemKey);
    const where: Record<string, unknown> = {};
    if (filter.base) where.base = filter.base;
    if (filter.provider) where.provider = filter.provider;
    if (filter.shareType) where.shareType = filter.shareType;
    const [rows, total] = await Promise.all([
      this.em.find(
        DataResourceEntity,
        request.after ? { ...where, item: { $gt: request.after } } : where,
        { orderBy: { item: "asc" }, limit: request.limit + 1 },
      ),
      this.em.count(DataResourceEntity, where),
    ]);
    return toPage(
      rows.map(toDataResource),
      request,
      (row) => row.item,
      total,
    ) as DataResourceConnection;
  }

  /** Personal fields of the supergraph that nobody classified: not shared until they are. */
  async unclassified(): Promise<string[]> {
    const classification = await Classification.load(this.em);
    return this.supergraph.personalFields().filter((field) => !classification.get(field));
  }

  async classify(input: unknown): Promise<DataResource> {
    const entry = parseInput(dataResourceDefinition, input, "input");
    this.assertNamesReal(entry);
    return this.em.transactional(async (em) => {
      const existing = await em.findOne(DataResourceEntity, { item: entry.item });
      if (existing) {
        this.access.assert(Action.DATA_RESOURCE_CLASSIFY, { provider: existing.provider });
      }
      this.access.assert(Action.DATA_RESOURCE_CLASSIFY, { provider: entry.provider });
      const before = existing ? toDataResource(existing) : null;
      const row = existing ?? new DataResourceEntity();
      const { caller } = this.access;
      Object.assign(row, entry, { classifiedAt: new Date(), classifiedBy: caller.sub });
      em.persist(row);
      recordChange(em, caller, "CLASSIFIED", `data:${entry.item}`, {
        before: before && {
          shareType: before.shareType,
          sensitivity: before.sensitivity,
          masking: before.masking,
          provider: before.provider,
        },
        after: {
          shareType: entry.shareType,
          sensitivity: entry.sensitivity,
          masking: entry.masking,
          provider: entry.provider,
        },
      });
      return toDataResource(row);
    });
  }

  /** A field item must exist in the supergraph and be served by the base it names. */
  private assertNamesReal(entry: DataResourceDefinition): void {
    if (entry.item.startsWith("Licence:")) return;
    const [typeName, fieldName] = entry.item.split(".") as [string, string];
    const field = this.supergraph.field(typeName, fieldName);
    if (!field)
      throw new BadUserInputError(`${entry.item} is not a field of the supergraph`, "input.item");
    if (!field.graphs.includes(entry.base)) {
      throw new BadUserInputError(`${entry.item} is not served by ${entry.base}`, "input.base");
    }
  }
}
