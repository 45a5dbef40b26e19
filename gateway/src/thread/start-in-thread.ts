import path from "node:path";
import { Worker } from "node:worker_threads";
import { loadGatewayConfig } from "../config.js";
import type { RunningGateway } from "../server.js";
import type { FromThread, ThreadData, ToThread } from "./thread-messages.js";

/** A failure the thread reported, with the name and words it had there (a SettingError's advice). */
function failure(message: Extract<FromThread, { kind: "failed" }>): Error {
  const error = new Error(message.message);
  error.name = message.name;
  return error;
}

/**
 * Runs the gateway on an event loop of its own, in a worker thread of this process: the hub
 * runs every service in one process, and the gateway's planning, signing and result shaping
 * would otherwise share one core with the four subgraphs it calls (issue 14: an intake makes
 * two federated reads through it). The settings are checked here first, so a bad one fails
 * the same way as in process; a thread that dies later takes the process down with it, as an
 * uncaught error of an in-process gateway would.
 */
export async function startGatewayInThread(
  env: Record<string, string | undefined>,
  options: { host?: string; tracingService: string },
): Promise<RunningGateway> {
  loadGatewayConfig(env);
  const data: ThreadData = { env, host: options.host, tracingService: options.tracingService };
  const worker = new Worker(path.join(__dirname, "gateway-thread.js"), { workerData: data });
  let stopping: Promise<void> | null = null;
  const ready = await new Promise<Extract<FromThread, { kind: "ready" }>>((resolve, reject) => {
    const onMessage = (message: FromThread) => {
      if (message.kind === "ready") resolve(message);
      else if (message.kind === "failed") reject(failure(message));
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the gateway thread exited (${code})`)));
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.removeAllListeners();
  worker.on("error", (error) => {
    if (stopping) return; // the stop reports it
    // Where an in-process gateway's uncaught error would have gone.
    setImmediate(() => {
      throw error;
    });
  });
  worker.on("exit", (code) => {
    if (!stopping) {
      setImmediate(() => {
        throw new Error(`the gateway thread exited (${code})`);
      });
    }
  });

  return {
    url: ready.url,
    port: ready.port,
    // Every caller waits for the same stop.
    stop: () => (stopping ??= stopThread(worker)),
  };
}

/** How long a stop may take (requests in flight first) before the thread is ended regardless. */
const STOP_MS = 20_000;

/** Asks the thread to stop its gateway, then ends the thread; a failure or no answer rejects. */
function stopThread(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => settle(new Error("the gateway thread did not stop in time")),
      STOP_MS,
    );
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return; // the first outcome counts; ending the thread exits it too
      settled = true;
      clearTimeout(timer);
      // Whatever still holds the thread's loop (a socket, a timer) ends with it.
      void worker.terminate().then(() => (error ? reject(error) : resolve()));
    };
    worker.on("message", (message: FromThread) => {
      if (message.kind === "stopped") settle(null);
      if (message.kind === "failed") settle(failure(message));
    });
    worker.on("error", (error) => settle(error));
    worker.once("exit", (code) =>
      settle(code === 0 ? null : new Error(`the gateway thread exited (${code}) while stopping`)),
    );
    worker.postMessage({ kind: "stop" } satisfies ToThread);
  });
}
