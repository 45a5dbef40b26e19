import type { RunningHub } from "@gongxiang/scripts";

/** The codes a refusal may carry: ours (CONTRACT.md) and GraphQL over HTTP's request errors. */
export const TYPED_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "UNAUTHORIZED_FIELD_OR_TYPE",
  "PURPOSE_REQUIRED",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Row counts and content hashes of every table that holds something a mutation could change. */
export async function storedState(hub: RunningHub): Promise<Record<string, string>> {
  const { population, licences, catalog, cases } = hub.subgraphs;
  const tables: [typeof population.orm, string[]][] = [
    [population.orm, ["person", "household"]],
    [licences.orm, ["licence", "seal_key"]],
    [
      catalog.orm,
      ["service_item", "data_resource", "sharing_grant", "catalog_change", "service_site"],
    ],
    [cases.orm, ["case_file", "case_event", "case_upload", "notification_outbox"]],
  ];
  const result: Record<string, string> = {};
  for (const [orm, names] of tables) {
    for (const name of names) {
      const rows = (await orm.orm.em
        .getConnection()
        .execute(
          `select count(*)::text as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from ${name} t`,
        )) as { n: string; h: string }[];
      result[name] = `${rows[0]!.n}:${rows[0]!.h}`;
    }
  }
  return result;
}
