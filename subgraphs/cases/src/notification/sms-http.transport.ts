import type { NotificationTransport, OutgoingNotice } from "./transport.js";
import { PermanentDeliveryError } from "./transport.js";

export interface SmsGatewaySettings {
  /** The gateway's send endpoint. */
  url: string;
  /** Bearer token the gateway expects, if any. */
  token: string | null;
  /** The signature the gateway prefixes (签名), e.g. 共享政务. */
  sender: string;
  timeoutMs: number;
}

/**
 * An HTTP SMS gateway: POST {messageId, phone, text, sender} as JSON, the notice id also as the
 * Idempotency-Key header (the gateway sends a message id once). 2xx: sent. 4xx other than 408
 * and 429: the gateway will never take it (not retried). Anything else: retried with backoff.
 */
export class HttpSmsTransport implements NotificationTransport {
  constructor(private readonly settings: SmsGatewaySettings) {}

  async send(notice: OutgoingNotice): Promise<void> {
    const response = await fetch(this.settings.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": notice.id,
        ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}),
      },
      body: JSON.stringify({
        messageId: notice.id,
        phone: notice.phone,
        text: notice.text,
        sender: this.settings.sender,
      }),
      signal: AbortSignal.timeout(this.settings.timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return;
    const permanent =
      response.status >= 400 &&
      response.status < 500 &&
      response.status !== 408 &&
      response.status !== 429;
    const message = `the SMS gateway answered ${response.status}`;
    throw permanent ? new PermanentDeliveryError(message) : new Error(message);
  }
}
