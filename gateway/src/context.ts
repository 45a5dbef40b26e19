import type { Caller } from "@gongxiang/kit/contracts";

/** The gateway's per-request context: the verified caller and the request id it passes on. */
export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** The OAuth client the token was issued to (azp / client_id), when it names one. */
  clientId: string | null;
}
