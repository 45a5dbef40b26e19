/** How a started tracer provider is flushed; kept apart so stopping loads no tracing SDK. */
let flush: (() => Promise<void>) | null = null;

export function onTracingStop(stop: () => Promise<void>): void {
  flush = stop;
}

/** Sends the spans still buffered and stops tracing; a no-op when tracing is off. */
export async function stopTracing(): Promise<void> {
  const stop = flush;
  flush = null;
  await stop?.();
}
