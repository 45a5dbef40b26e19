// Imported first by start.ts: tracing (when configured) must be in place before pg and http load.
// Every service runs in this one process, so its spans carry gongxiang.service to tell them apart.
import { startTracing } from "@gongxiang/kit/tracing";

startTracing("gongxiang-hub");
