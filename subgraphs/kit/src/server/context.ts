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

/** One request's fork, made on first use. */
class LazyFork {
  private em: EntityManager | undefined;
  constructor(private readonly fork: () => EntityManager) {}
  get(): EntityManager {
    return (this.em ??= this.fork());
  }
}

/**
 * `em` is a getter on the prototype, not an own property: Apollo Server hands resolvers a copy of
 * the context (Object.assign of its own properties), which would call an own getter and fork on
 * every request. The copy shares the LazyFork, so it and the original see one EntityManager.
 */
const withLazyEm = Object.freeze({
  get em(): EntityManager {
    return (this as unknown as { lazyFork: LazyFork }).lazyFork.get();
  },
});

export function createSubgraphContext<Deps>({
  fork,
  ...init
}: ContextInit<Deps>): SubgraphContext<Deps> {
  const context: SubgraphContext<Deps> = Object.assign(
    Object.create(withLazyEm) as SubgraphContext<Deps>,
    init,
    {
      lazyFork: new LazyFork(fork),
      loaders: new Loaders(() => context),
    },
  );
  return context;
}
