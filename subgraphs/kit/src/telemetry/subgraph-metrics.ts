import type { SharingDirectory } from "../access/sharing-directory.js";
import type { AccessLogBatch } from "../access-log/access-log.writer.js";
import type { ServiceMetrics } from "./metrics.js";

/** Metrics of the access-log writer's group commits: latency, entries per commit, failures. */
export function accessLogObserver(metrics: ServiceMetrics): (batch: AccessLogBatch) => void {
  const seconds = metrics.histogram({
    name: "gongxiang_access_log_append_duration_seconds",
    help: "Time to commit one group of access-log entries (lock, chain head, insert)",
  });
  const entries = metrics.histogram({
    name: "gongxiang_access_log_batch_entries",
    help: "Access-log entries committed together in one transaction (group commit)",
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
  });
  const failures = metrics.counter({
    name: "gongxiang_access_log_append_failures_total",
    help: "Group commits of the access log that failed (their data was withheld)",
  });
  return (batch) => {
    seconds.observe(batch.seconds);
    entries.observe(batch.entries);
    if (!batch.ok) failures.inc();
  };
}

/** The age of the sharing rules a base enforces: seconds since the catalog last confirmed them. */
export function watchSharing(metrics: ServiceMetrics, sharing: SharingDirectory): void {
  const since = Date.now();
  metrics.gauge({
    name: "gongxiang_sharing_snapshot_age_seconds",
    help: "Seconds since the catalog last confirmed the sharing rules (since start when never); past 5 s the base shares nothing",
    collect() {
      this.set((Date.now() - (sharing.confirmedAt() || since)) / 1000);
    },
  });
}
