// Imported first by main.ts: tracing (when configured) must be in place before pg and http load.
import { startTracing } from "@gongxiang/kit/tracing";

startTracing("catalog");
