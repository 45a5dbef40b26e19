import type { EntityManager } from "@mikro-orm/postgresql";
import type { SharingDirectory } from "../access/sharing-directory.js";
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
  /** The sharing rules in force (grants, classification), polled from the catalog. */
  sharing: SharingDirectory;
  /**
   * The caller as the sharing rules see it: a confirmed `case:<id>` purpose stands for its
   * service item (`item:<code>`); an unconfirmed one for nothing.
   */
  sharingCaller: Caller;
  /** false only in the benchmark's measurement of what decisions and the log cost. */
  enforced: boolean;
  /** For a confirmed case purpose: the applicant whose data it covers. */
  caseApplicant: string | null;
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
