import { randomUUID } from "node:crypto";
import {
  Action,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  departments,
  isPublic,
  pageRequest,
  parseInput,
  toPage,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import { bindingDataItems } from "../binding/source-binding.js";
import type { SupergraphIndex } from "../binding/supergraph-index.js";
import { changesOf, recordChange } from "../change/catalog-change.service.js";
import type { CatalogChangeConnection } from "../change/catalog-change.type.js";
import { Classification } from "../data-resource/data-resource.service.js";
import type { CatalogContext } from "../context.js";
import type { SharingSnapshots } from "../grant/sharing-snapshot.js";
import { grantReadiness } from "./grant-readiness.js";
import { publicationProblems } from "./publication-check.js";
import { serviceItemDefinition, type ServiceItemDefinition } from "./service-item.definition.js";
import { ServiceItemEntity } from "./service-item.entity.js";
import { ItemStatus, type Language } from "./service-item.enums.js";
import { inLanguage } from "./service-item.language.js";
import { findServiceItems, type ServiceItemFilter } from "./service-item.queries.js";
import type { ServiceItem, ServiceItemConnection } from "./service-item.type.js";

const codeKey = (value: unknown) =>
  typeof value === "string" && /^[a-z][a-z0-9-]{1,63}$/.test(value) ? value : null;

/** What a stored version says; versions from before item types were recorded have no type. */
type StoredDefinition = Omit<ServiceItemDefinition, "itemType"> & {
  itemType: ServiceItemDefinition["itemType"] | null;
};

function definitionOf(row: ServiceItemEntity): StoredDefinition {
  const { code, name, department, level, scope, regionCode, legalBasis, acceptanceConditions } =
    row;
  return {
    code,
    name,
    nameEn: row.nameEn,
    itemType: row.itemType,
    department,
    implementingBody: row.implementingBody,
    level,
    scope,
    regionCode,
    legalBasis,
    legalBasisEn: row.legalBasisEn,
    acceptanceConditions,
    acceptanceConditionsEn: row.acceptanceConditionsEn,
    promisedWorkingDays: row.promisedWorkingDays,
    statutoryWorkingDays: row.statutoryWorkingDays,
    maxTrips: row.maxTrips,
    feeFen: row.feeFen,
    resultLicenceType: row.resultLicenceType,
    formFields: row.formFields.map((field) => ({ ...field, labelEn: field.labelEn ?? null })),
    materials: row.materials.map((material) => ({ ...material, nameEn: material.nameEn ?? null })),
    eligibility: row.eligibility.map((rule) => ({
      ...rule,
      manualCheck: rule.manualCheck ?? false,
    })),
    steps: row.steps.map((step) => ({ ...step, nameEn: step.nameEn ?? null })),
  };
}

/** The catalog's sharing rules in force, as the bases poll them. */
export type SharingRulesReader = Pick<SharingSnapshots, "version" | "snapshot">;

/** Service items for a caller: reading, and the data officers' draft/publish/withdraw cycle. */
export class ServiceItemService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: RequestAccess,
    private readonly supergraph: SupergraphIndex,
    private readonly sharing: SharingRulesReader,
  ) {}

  /** The current version, or the version asked for; drafts only for those who manage them. */
  async get(
    code: string,
    version?: number | null,
    language: Language = "ZH",
  ): Promise<ServiceItem | null> {
    if (!codeKey(code)) throw new BadUserInputError("not a service item code", "code");
    const rows = await this.em.find(ServiceItemEntity, { code }, { orderBy: { version: "desc" } });
    const current = rows.find((row) => row.status !== ItemStatus.DRAFT) ?? null;
    const row =
      version === undefined || version === null ? current : rows.find((r) => r.version === version);
    if (!row || (row.status === ItemStatus.DRAFT && !this.manages(row.department))) return null;
    const item = this.toServiceItem(row, row === current, await this.classificationFor([row]));
    return inLanguage(item, language);
  }

  async list(
    filter: ServiceItemFilter,
    first?: number | null,
    after?: string | null,
    language: Language = "ZH",
  ): Promise<ServiceItemConnection> {
    const request = pageRequest(first, after, codeKey);
    if (filter.status === ItemStatus.DRAFT) {
      filter = { ...filter, departments: this.managedDepartments() };
    }
    const { rows, total } = await findServiceItems(this.em, filter, request);
    const classification = await this.classificationFor(rows);
    const items = rows.map((row) =>
      inLanguage(
        this.toServiceItem(row, row.status !== ItemStatus.DRAFT, classification),
        language,
      ),
    );
    return toPage(items, request, (item) => item.code, total) as ServiceItemConnection;
  }

  /** Who changed a version: for departments' staff (CATALOG_CHANGE_READ), null for others. */
  async history(
    code: string,
    version: number,
    first?: number | null,
    after?: string | null,
  ): Promise<CatalogChangeConnection | null> {
    if (!this.access.allows(Action.CATALOG_CHANGE_READ, { grant: null })) return null;
    return changesOf(this.em, `item:${code}@${version}`, first, after);
  }

  async create(input: unknown): Promise<ServiceItem> {
    const item = parseInput(serviceItemDefinition, input, "input");
    this.access.assert(Action.SERVICE_ITEM_MANAGE, { department: item.department });
    try {
      return await this.em.transactional(async (em) => {
        if ((await em.count(ServiceItemEntity, { code: item.code })) > 0) {
          throw new ConflictError(`service item ${item.code} exists: edit it instead`);
        }
        const row = this.newVersion(em, item, 1);
        recordChange(em, this.access.caller, "CREATED", `item:${item.code}@1`);
        await em.flush();
        return this.toServiceItem(row, false, await this.classificationFor([row], em));
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`service item ${item.code} exists: edit it instead`);
      }
      throw error;
    }
  }

  /** Edits the draft, or opens the next version's draft when the newest is published. */
  async edit(code: string, input: unknown, expectedRevision?: number | null): Promise<ServiceItem> {
    const item = parseInput(serviceItemDefinition, input, "input");
    if (item.code !== code)
      throw new BadUserInputError("input.code must be the edited item's code", "input.code");
    return this.em.transactional(async (em) => {
      const latest = await this.lockLatest(em, code);
      this.access.assert(Action.SERVICE_ITEM_MANAGE, { department: latest.department });
      if (item.department !== latest.department) {
        throw new BadUserInputError(
          "an item's department cannot change: create a new item",
          "input.department",
        );
      }
      let row: ServiceItemEntity;
      if (latest.status === ItemStatus.DRAFT) {
        if (expectedRevision != null && expectedRevision !== latest.revision) {
          throw new ConflictError(
            `the draft is at revision ${latest.revision}, not ${expectedRevision}`,
          );
        }
        row = Object.assign(latest, item, { revision: latest.revision + 1 });
        recordChange(em, this.access.caller, "EDITED", `item:${code}@${row.version}`, {
          revision: row.revision,
        });
      } else {
        row = this.newVersion(em, item, latest.version + 1);
        recordChange(em, this.access.caller, "CREATED", `item:${code}@${row.version}`, {
          from: latest.version,
        });
      }
      await em.flush();
      return this.toServiceItem(row, false, await this.classificationFor([row], em));
    });
  }

  /**
   * Publishes the draft once every binding names something real and classified, and the handling
   * department may read every eligibility fact in full under the grants in force (or the rule is
   * a manual check). What it will not read of the form and materials is listed as warnings.
   */
  async publish(code: string): Promise<ServiceItem> {
    return this.em.transactional(async (em) => {
      const latest = await this.lockLatest(em, code);
      this.access.assert(Action.SERVICE_ITEM_MANAGE, { department: latest.department });
      if (latest.status !== ItemStatus.DRAFT)
        throw new ConflictError(`${code} has no draft to publish`);
      const classification = await Classification.load(em);
      const { itemType, ...stored } = definitionOf(latest);
      if (itemType === null) {
        throw new BadUserInputError(
          `cannot publish ${code}: itemType: edit the draft to give the item's type`,
          "code",
        );
      }
      const definition: ServiceItemDefinition = { ...stored, itemType };
      const problems = publicationProblems(definition, this.supergraph, classification);
      let warnings: { path: string; message: string }[] = [];
      if (problems.length === 0) {
        const rules = await this.sharing.snapshot(await this.sharing.version());
        const readiness = grantReadiness(definition, this.supergraph, classification, rules);
        problems.push(...readiness.problems);
        warnings = readiness.warnings;
      }
      if (problems.length > 0) {
        const [first] = problems;
        throw new BadUserInputError(
          `cannot publish ${code}: ${first!.path}: ${first!.message}`,
          "code",
          {
            problems,
          },
        );
      }
      this.stampDataItems(latest, classification);
      Object.assign(latest, {
        status: ItemStatus.PUBLISHED,
        publishedAt: new Date(),
        publishedBy: this.access.caller.sub,
        publicationWarnings: warnings,
      });
      recordChange(em, this.access.caller, "PUBLISHED", `item:${code}@${latest.version}`);
      await em.flush();
      return this.toServiceItem(latest, true, classification);
    });
  }

  /** Withdraws the current version: no new cases start on it; its content stays as it was. */
  async withdraw(code: string, reason: string): Promise<ServiceItem> {
    const text = reason.trim();
    if (text.length === 0 || text.length > 200) {
      throw new BadUserInputError("reason must be 1 to 200 characters", "reason");
    }
    return this.em.transactional(async (em) => {
      await this.lockLatest(em, code);
      const current = await em.findOne(
        ServiceItemEntity,
        { code, status: { $ne: ItemStatus.DRAFT } },
        { orderBy: { version: "desc" } },
      );
      if (!current || current.status !== ItemStatus.PUBLISHED) {
        throw new ConflictError(`${code} has no published version to withdraw`);
      }
      this.access.assert(Action.SERVICE_ITEM_MANAGE, { department: current.department });
      Object.assign(current, {
        status: ItemStatus.WITHDRAWN,
        withdrawnAt: new Date(),
        withdrawalReason: text,
      });
      recordChange(em, this.access.caller, "WITHDRAWN", `item:${code}@${current.version}`, {
        reason: text,
      });
      await em.flush();
      return this.toServiceItem(current, true, Classification.NONE);
    });
  }

  /** Only drafts resolve their data items when read; published versions stored them. */
  private classificationFor(rows: ServiceItemEntity[], em = this.em): Promise<Classification> {
    return rows.some((row) => row.status === ItemStatus.DRAFT)
      ? Classification.load(em)
      : Promise.resolve(Classification.NONE);
  }

  private manages(department: string): boolean {
    return this.access.allows(Action.SERVICE_ITEM_MANAGE, { department });
  }

  /** The departments whose drafts the caller manages. */
  private managedDepartments(): string[] {
    return departments.filter((department) => this.manages(department));
  }

  private async lockLatest(em: EntityManager, code: string): Promise<ServiceItemEntity> {
    if (!codeKey(code)) throw new BadUserInputError("not a service item code", "code");
    const rows = await em.find(
      ServiceItemEntity,
      { code },
      { orderBy: { version: "desc" }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!rows[0]) throw new NotFoundError(`service item ${code}`);
    return rows[0];
  }

  private newVersion(
    em: EntityManager,
    item: ServiceItemDefinition,
    version: number,
  ): ServiceItemEntity {
    const row = em.create(ServiceItemEntity, {
      ...item,
      id: randomUUID(),
      version,
      status: ItemStatus.DRAFT,
      revision: 1,
      createdAt: new Date(),
      createdBy: this.access.caller.sub,
      publishedAt: null,
      publishedBy: null,
      publicationWarnings: [],
      withdrawnAt: null,
      withdrawalReason: null,
    });
    em.persist(row);
    return row;
  }

  /** Keeps each field's data items with it, so a published version records what it reads. */
  private stampDataItems(row: ServiceItemEntity, classification: Classification): void {
    row.formFields = row.formFields.map((field) => ({
      ...field,
      dataItems: bindingDataItems(field.source, this.supergraph, classification),
    }));
  }

  private toServiceItem(
    row: ServiceItemEntity,
    current: boolean,
    classification: Classification,
  ): ServiceItem {
    const staff = !isPublic(this.access.caller);
    const definition = definitionOf(row);
    return {
      ...definition,
      version: row.version,
      status: row.status,
      current,
      revision: row.revision,
      formFields: definition.formFields.map((field, i) => ({
        ...field,
        options: field.options ?? null,
        manual: field.source === null,
        dataItems:
          row.formFields[i]?.dataItems ??
          bindingDataItems(field.source, this.supergraph, classification),
      })),
      materials: definition.materials.map((material) => ({
        ...material,
        licenceType: material.satisfiedBy === "UPLOAD" ? null : material.satisfiedBy,
      })),
      steps: definition.steps.map((step, i) => ({ ...step, order: i + 1 })),
      createdAt: row.createdAt.toISOString(),
      // Which official edited the catalog is for the hub's own staff, not the public.
      createdBy: staff ? row.createdBy : null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      publishedBy: staff ? row.publishedBy : null,
      // What the department cannot fill or decide is its staff's business, not the public's.
      publicationWarnings: staff ? (row.publicationWarnings ?? []) : [],
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: row.withdrawalReason,
    };
  }
}

/** The service items as a request sees them. */
export function serviceItemsIn(ctx: CatalogContext): ServiceItemService {
  return new ServiceItemService(ctx.em, ctx.access, ctx.deps.supergraph, ctx.deps.sharing);
}
