import { CASES_ISSUER, LICENCES_ISSUER } from "@gongxiang/kit/contracts";
import { DEV_ISSUER, loadGatewayConfig } from "./config.js";

const env = (issuer: string) => ({
  AUTH_ISSUER: issuer,
  AUTH_JWKS_URL: "https://idp.province.test/jwks.json",
  CALLER_CONTEXT_PRIVATE_JWK: JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "x", d: "d" }),
});

describe("the gateway's trusted issuers", () => {
  it("refuses an identity provider named as one of the hub's own issuers", () => {
    // The cases base's issuer may vouch for its cases: a provider of that name could too.
    for (const issuer of [CASES_ISSUER, LICENCES_ISSUER, DEV_ISSUER]) {
      expect(() => loadGatewayConfig(env(issuer))).toThrow(
        /AUTH_ISSUER must not be one of the hub's own issuers/,
      );
    }
    expect(loadGatewayConfig(env("https://idp.province.test")).issuers).toEqual([
      { issuer: "https://idp.province.test", jwks: { url: "https://idp.province.test/jwks.json" } },
    ]);
  });
});
