import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestAccess } from "../access/request-access.js";
import type { ReleaseRecorder } from "../access-log/release-recorder.js";
import type { Caller } from "../auth/caller.js";
import type { Logger } from "../util/logger.js";
import { Loaders } from "./loaders.js";

/** What every resolver of a subgraph receives; Deps are the service's long-lived parts. */
export interface SubgraphContext<Deps = unknown> {
  caller: Caller;
  requestId: string;
  /** This request's own ORM fork. */
  em: EntityManager;
  log: Logger;
  loaders: Loaders<SubgraphContext<Deps>>;
  /** The authorization core for this request: field decisions and action verdicts. */
  access: RequestAccess;
  /** Personal data this request releases or refuses; logged before the response leaves. */
  releases: ReleaseRecorder;
  deps: Deps;
}

export function createSubgraphContext<Deps>(
  init: Omit<SubgraphContext<Deps>, "loaders">,
): SubgraphContext<Deps> {
  const context: SubgraphContext<Deps> = { ...init, loaders: new Loaders(() => context) };
  return context;
}
