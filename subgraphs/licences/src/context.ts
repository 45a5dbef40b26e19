import type { SubgraphContext } from "@gongxiang/kit";
import type { SealKeys } from "./seal/seal-keys.js";

export interface LicencesDeps {
  sealKeys: SealKeys;
}

/** What the e-licence base's resolvers receive. */
export type LicencesContext = SubgraphContext<LicencesDeps>;
