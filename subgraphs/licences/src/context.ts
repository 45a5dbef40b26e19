import type { HubClient, SubgraphContext } from "@gongxiang/kit";
import type { SealKeys } from "./seal/seal-keys.js";

export interface LicencesDeps {
  sealKeys: SealKeys;
  /** The base's own calls through the gateway (checking a holder as the issuing department). */
  hub: HubClient;
}

/** What the e-licence base's resolvers receive. */
export type LicencesContext = SubgraphContext<LicencesDeps>;
