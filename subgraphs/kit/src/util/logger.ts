import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs; every line of a request carries its requestId. */
export function createLogger(
  service: string,
  level: string,
  destination?: DestinationStream,
): Logger {
  const options = {
    name: service,
    level,
    base: { service },
    // A signed caller context may hold a case's vouch, and with it the applicant's citizen ID.
    redact: {
      paths: [
        "req.headers.authorization",
        'req.headers["x-gongxiang-caller"]',
        "*.privateKey",
        "*.d",
      ],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
