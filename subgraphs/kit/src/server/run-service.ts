import { stopTracing } from "../telemetry/tracing/tracing-handle.js";
import { SettingError } from "./setting-error.js";

/**
 * Runs one service as its own process (containers): starts it, stops it cleanly on SIGINT or
 * SIGTERM (requests in flight answered, then its connections closed, then buffered spans sent),
 * and exits non-zero when it cannot start.
 */
export function runService(start: () => Promise<{ stop(): Promise<void> }>): void {
  start().then(
    (service) => {
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        service
          .stop()
          .then(stopTracing)
          .then(
            () => process.exit(0),
            (error: unknown) => {
              console.error(error);
              process.exit(1);
            },
          );
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (error: unknown) => {
      // A setting to change is said in one line; anything else with its stack.
      console.error(error instanceof SettingError ? error.message : error);
      process.exit(1);
    },
  );
}
