// Imported first by main.ts: tracing (when configured) must be in place before http loads.
import { startTracing } from "@gongxiang/kit/tracing";

startTracing("gateway");
