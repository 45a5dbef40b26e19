import type { EntityManager } from "@mikro-orm/postgresql";
import type { Caller } from "../auth/caller.js";
import type { Logger } from "../util/logger.js";
import { Loaders } from "./loaders.js";

/** What every resolver of a subgraph receives. */
export interface SubgraphContext {
  caller: Caller;
  requestId: string;
  /** This request's own ORM fork. */
  em: EntityManager;
  log: Logger;
  loaders: Loaders<SubgraphContext>;
}

export function createSubgraphContext(init: Omit<SubgraphContext, "loaders">): SubgraphContext {
  const context: SubgraphContext = { ...init, loaders: new Loaders(() => context) };
  return context;
}
