/**
 * Label values for metrics. Operation names come from clients, so they are checked before they
 * become a label: a GraphQL name, not too long, with no run of digits that could be an ID or
 * phone number, and only so many distinct ones per service (a client inventing names must not
 * grow the series without bound).
 */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;
const DIGIT_RUN = /[0-9]{5,}/;
const OUTCOME = /^[A-Z][A-Z0-9_]{0,39}$/;
const MAX_OPERATIONS = 200;

export class OperationLabels {
  private readonly seen = new Set<string>();

  /** @param subgraph a subgraph's name: the gateway's `Op__<subgraph>__<n>` counts as `Op`. */
  constructor(private readonly subgraph: string | null = null) {}

  label(operationName: string | null | undefined): string {
    if (!operationName) return "anonymous";
    let name = operationName;
    if (this.subgraph) {
      const suffix = new RegExp(`__${this.subgraph}__[0-9]+$`);
      name = name.replace(suffix, "");
    }
    if (!OPERATION_NAME.test(name) || DIGIT_RUN.test(name)) return "invalid";
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATIONS) return "other";
    this.seen.add(name);
    return name;
  }
}

/** "OK", or the first error's code when it is one of ours or GraphQL's (never free text). */
export function outcomeLabel(code: unknown): string {
  if (code === undefined || code === null) return "OK";
  return typeof code === "string" && OUTCOME.test(code) ? code : "INTERNAL_SERVER_ERROR";
}
