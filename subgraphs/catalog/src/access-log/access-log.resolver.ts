import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { AccessLogService } from "./access-log.service.js";
import {
  AccessLogCheckpointConnection,
  AccessLogConnection,
  AccessLogConsistencyProof,
  AccessLogEntry,
  AccessLogInclusionProof,
} from "./access-log.type.js";
import type { EntryView } from "./access-log.view.js";
import { CheckpointService, checkpointView } from "./checkpoint.service.js";
import { VerificationService } from "./verification.service.js";
import {
  AccessLogVerification,
  AccessLogVerificationJob,
  AccessLogVerificationJobConnection,
} from "./verification.type.js";

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @Query(() => AccessLogConnection, {
    description:
      "The access log, newest first, by department, subject, data item, service item, site and period (auditors: their department's reads; the data bureau's, everyone's; within their site).",
  })
  @Requires(Action.ACCESS_LOG_READ)
  accessLog(
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("subjectCitizenId", () => String, { nullable: true }) subject: string | null,
    @Arg("item", () => String, { nullable: true, description: "A data item: Person.phone..." })
    item: string | null,
    @Arg("serviceItem", () => String, { nullable: true, description: "A service item's code." })
    serviceItem: string | null,
    @Arg("site", () => String, {
      nullable: true,
      description: "A division code: that site and below.",
    })
    site: string | null,
    @Arg("from", () => String, { nullable: true, description: "ISO 8601, inclusive." })
    from: string | null,
    @Arg("to", () => String, { nullable: true, description: "ISO 8601, exclusive." })
    to: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogConnection> {
    return new AccessLogService(ctx).search(
      { department, subject, item, serviceItem, site, from, to },
      first,
      after,
    );
  }

  @Query(() => AccessLogConnection, {
    description:
      "For a citizen: who used my data, when and for what, newest first, each with its proof against a signed checkpoint (export it and run `npm run verify-usage`).",
  })
  @Requires(Action.ACCESS_LOG_READ_OWN)
  myDataUsage(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogConnection> {
    return new AccessLogService(ctx).myDataUsage(first, after);
  }

  @FieldResolver(() => AccessLogInclusionProof, {
    nullable: true,
    description:
      "Proof of the entry against its partition's latest signed checkpoint; null until the next checkpoint covers it.",
  })
  async proof(@Root() entry: EntryView): Promise<AccessLogInclusionProof | null> {
    const proof = await entry.loadProof();
    return proof ? { ...proof, checkpoint: checkpointView(proof.checkpoint) } : null;
  }

  @Query(() => AccessLogCheckpointConnection, {
    description:
      "Signed checkpoints of the access log's partitions, newest first (also at GET /.well-known/access-log/checkpoints).",
  })
  @Requires(Action.ACCESS_LOG_CHECKPOINT_READ)
  accessLogCheckpoints(
    @Arg("partition", () => String, { nullable: true, description: "<base>/<YYYY-MM>." })
    partition: string | null,
    @Arg("latestOnly", () => Boolean, {
      defaultValue: false,
      description: "Only each partition's latest checkpoint.",
    })
    latestOnly: boolean,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogCheckpointConnection> {
    return new CheckpointService(ctx).list(partition, latestOnly, first, after);
  }

  @Query(() => AccessLogConsistencyProof, {
    description:
      "Proof that a later checkpoint's tree contains an earlier one's unchanged (same partition).",
  })
  @Requires(Action.ACCESS_LOG_CHECKPOINT_READ)
  accessLogConsistencyProof(
    @Arg("fromCheckpoint", () => ID) fromCheckpoint: string,
    @Arg("toCheckpoint", () => ID) toCheckpoint: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogConsistencyProof> {
    return new CheckpointService(ctx).consistency(fromCheckpoint, toCheckpoint);
  }

  @Query(() => AccessLogVerification, {
    description:
      "Checks the access log from the last verified checkpoints to the latest ones (bounded work, however large the log) and names the first entry that disagrees (auditors).",
  })
  @Requires(Action.ACCESS_LOG_VERIFY)
  verifyAccessLog(@Ctx() ctx: CatalogContext): Promise<AccessLogVerification> {
    return new VerificationService(ctx).verify();
  }

  @Mutation(() => AccessLogVerificationJob, {
    description:
      "Starts a full verification of the access log in the background, or returns the one already running (at most one at a time; auditors).",
  })
  @Requires(Action.ACCESS_LOG_VERIFY)
  startAccessLogVerification(@Ctx() ctx: CatalogContext): Promise<AccessLogVerificationJob> {
    return new VerificationService(ctx).start();
  }

  @Query(() => AccessLogVerificationJob, {
    description: "A full verification: its progress while it runs, its result once done.",
  })
  @Requires(Action.ACCESS_LOG_VERIFY)
  accessLogVerificationJob(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogVerificationJob> {
    return new VerificationService(ctx).job(id);
  }

  @Query(() => AccessLogVerificationJobConnection, {
    description: "Full verifications, newest first.",
  })
  @Requires(Action.ACCESS_LOG_VERIFY)
  accessLogVerificationJobs(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogVerificationJobConnection> {
    return new VerificationService(ctx).jobs(first, after);
  }
}
