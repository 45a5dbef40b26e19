import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestAccess } from "../access/request-access.js";
import type { ReleaseRecorder } from "../access-log/release-recorder.js";
import type { Caller } from "../auth/caller.js";
import type { PreparedReads } from "../orm/prepared-read.js";
import type { Logger } from "../util/logger.js";
import { Loaders } from "./loaders.js";

/** What every resolver of a subgraph receives; Deps are the service's long-lived parts. */
export interface SubgraphContext<Deps = unknown> {
  caller: Caller;
  requestId: string;
  /** This request's own ORM fork, made when first used (a prepared read needs none). */
  readonly em: EntityManager;
  /** Hot read-only lookups as prepared statements, on the same pool. */
  reads: PreparedReads;
  log: Logger;
  loaders: Loaders<SubgraphContext<Deps>>;
  /** The authorization core for this request: field decisions and action verdicts. */
  access: RequestAccess;
  /** Personal data this request releases or refuses; logged before the response leaves. */
  releases: ReleaseRecorder;
  deps: Deps;
}

export type ContextInit<Deps> = Omit<SubgraphContext<Deps>, "loaders" | "em"> & {
  fork: () => EntityManager;
};

export function createSubgraphContext<Deps>({
  fork,
  ...init
}: ContextInit<Deps>): SubgraphContext<Deps> {
  let em: EntityManager | undefined;
  const context: SubgraphContext<Deps> = {
    ...init,
    get em() {
      return (em ??= fork());
    },
    loaders: new Loaders(() => context),
  };
  return context;
}
