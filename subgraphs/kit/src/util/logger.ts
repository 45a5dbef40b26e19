import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs; every line of a request carries its requestId. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: ["req.headers.authorization", "*.privateKey", "*.d"], remove: true },
  });
}
