/**
 * Runs one service as its own process (containers): starts it, stops it cleanly on SIGINT or
 * SIGTERM, and exits non-zero when it cannot start.
 */
export function runService(start: () => Promise<{ stop(): Promise<void> }>): void {
  start().then(
    (service) => {
      const stop = () => {
        service.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
