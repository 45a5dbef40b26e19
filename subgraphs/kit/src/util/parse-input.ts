import type { z } from "zod";
import { BadUserInputError } from "../errors/errors.js";

/**
 * Validates a mutation's input against its definition; a failure is BAD_USER_INPUT naming the
 * first problem's path, with every problem listed in `extensions.problems`.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  argument: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: [argument, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const first = problems[0]!;
  throw new BadUserInputError(`${first.path}: ${first.message}`, argument, { problems });
}
