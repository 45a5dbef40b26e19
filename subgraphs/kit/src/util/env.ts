import { z } from "zod";

/**
 * Parses a service's environment against its schema and fails with every problem listed.
 * Each service calls this from its own config module; nothing else reads process.env.
 */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  env: Record<string, string | undefined>,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`)
      .join("\n");
    throw new Error(`invalid configuration:\n${problems}`);
  }
  return result.data;
}

/** Common variables of every service. */
export const envPrimitives = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  nodeEnv: z.enum(["development", "test", "production"]).default("development"),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  url: z.string().url(),
  /** A shared secret between services: long enough not to be guessed (npm run keys makes one). */
  secret: z.string().min(32, "must be at least 32 characters (npm run keys makes one)"),
  jwk: z.string().transform((text, ctx) => {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null && "kty" in parsed) {
        return parsed as Record<string, unknown> & { kty: string };
      }
    } catch {
      /* reported below */
    }
    ctx.addIssue({ code: "custom", message: "must be a JSON Web Key" });
    return z.NEVER;
  }),
  /** Dates (YYYY-MM-DD, comma-separated), e.g. the public holidays that are not working days. */
  dates: z
    .string()
    .default("")
    .transform((text) =>
      text
        .split(",")
        .map((d) => d.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.iso.date())),
};

export { z };
