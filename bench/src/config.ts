import { z } from "@gongxiang/kit";

/** The benchmark's own processes are configured through the environment; it is read here only. */
export function inheritedEnv(): Record<string, string | undefined> {
  return { ...process.env };
}

const peerSchema = z.object({
  port: z.number().int(),
  supergraphFile: z.string(),
  subgraphUrls: z.record(z.string(), z.string()),
  callerContextPrivateJwk: z.record(z.string(), z.unknown()),
  caller: z.unknown(),
  /** "rust": Hive Router's query planner (@graphql-hive/router-runtime); else Hive Gateway's own. */
  planner: z.enum(["javascript", "rust"]).default("javascript"),
});

/** The peer gateway process's configuration (PEER_CONFIG, JSON, set by the benchmark). */
export function peerConfig(): z.infer<typeof peerSchema> {
  return peerSchema.parse(JSON.parse(process.env.PEER_CONFIG ?? "{}"));
}
