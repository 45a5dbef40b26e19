import { redactSql } from "./redact-sql.js";

describe("SQL in traces", () => {
  it("keeps the statement's shape and drops its values", () => {
    expect(
      redactSql(
        `select "p0".* from "person" as "p0" where "p0"."citizen_id" in ('130926193604120317', 'O''Brien') limit 20`,
      ),
    ).toBe(`select "p0".* from "person" as "p0" where "p0"."citizen_id" in ('?', '?') limit ?`);
    expect(redactSql("select * from unnest($1::bigint[], $12::text[])")).toBe(
      "select * from unnest($1::bigint[], $12::text[])",
    );
    expect(redactSql("select pg_advisory_xact_lock(727001)")).toBe(
      "select pg_advisory_xact_lock(?)",
    );
    expect(redactSql(`select "t1"."v2" from t1 where a = 13800138000`)).toBe(
      `select "t1"."v2" from t1 where a = ?`,
    );
  });
});
