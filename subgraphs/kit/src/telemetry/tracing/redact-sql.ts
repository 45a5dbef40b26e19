/**
 * SQL as traces may carry it: MikroORM writes values into its statements (`citizen_id in
 * ('130926…')`), so every string literal and every number outside an identifier becomes `?`.
 */
export function redactSql(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "'?'").replace(/(?<![\w$."])-?\b\d+(?:\.\d+)?\b/g, "?");
}
