// The entry of the gateway's worker thread (see start-in-thread.ts). Tracing is started before
// the gateway's modules load, as the gateway's own main.ts does for a process.
import { parentPort, workerData } from "node:worker_threads";
import { startTracing } from "@gongxiang/kit/tracing";
import type { RunningGateway } from "../server.js";
import type { ThreadData, FromThread, ToThread } from "./thread-messages.js";

const data = workerData as ThreadData;
startTracing(data.tracingService);

async function run(): Promise<void> {
  const { stopTracing } = await import("@gongxiang/kit/contracts");
  const { loadGatewayConfig } = await import("../config.js");
  const { startGateway } = await import("../server.js");
  const post = (message: FromThread) => parentPort!.postMessage(message);
  let running: RunningGateway;
  try {
    running = await startGateway(loadGatewayConfig(data.env), { host: data.host });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({ kind: "failed", name: failure.name, message: failure.message });
    return;
  }
  parentPort!.on("message", (message: ToThread) => {
    if (message.kind !== "stop") return;
    running
      .stop()
      .then(stopTracing)
      .then(
        () => post({ kind: "stopped" }),
        (error: unknown) => post({ kind: "failed", name: "Error", message: String(error) }),
      )
      .finally(() => parentPort!.close());
  });
  post({ kind: "ready", url: running.url, port: running.port });
}

void run();
