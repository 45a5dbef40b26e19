import { SigningKeys, type EntityManager, type KeyVault } from "@gongxiang/kit";
import { SealKeyEntity } from "./seal-key.entity.js";

/** The issuing departments' sealing keys (one current key per department; all in the JWKS). */
export class SealKeys extends SigningKeys {
  constructor(em: () => EntityManager, vault: KeyVault) {
    super(em, vault, SealKeyEntity, "licence+jws");
  }
}
