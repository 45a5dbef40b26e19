import { randomUUID } from "node:crypto";
import type { TestHub } from "./test-hub.js";

/** A stored case as a fixture writes it, without going through intake (for counts and figures). */
export interface FixtureCase {
  itemCode: string;
  itemName: string;
  department: string;
  applicant: string;
  site: string;
  status: string;
  /** Of four form fields, how many were filled from the bases (default 3). */
  auto?: number;
  /** Material statuses (default one by e-licence, one uploaded). */
  materials?: string[];
  reason?: string | null;
  accepted?: string | null;
  deadline?: string | null;
  completed?: string | null;
  visits?: number;
  rating?: number | null;
  followUp?: string | null;
  answer?: string | null;
  /** When it was created (ISO time). */
  created: string;
}

/** Writes cases straight into the cases base's table, as an insider's fixture. */
export async function insertCases(t: TestHub, rows: FixtureCase[]): Promise<void> {
  const connection = t.hub.subgraphs.cases.orm.orm.em.getConnection();
  const field = (manual: boolean) => ({ key: "k", manual, value: manual ? null : "v" });
  for (const row of rows) {
    const id = randomUUID();
    await connection.execute(
      `insert into case_file (id, number, item_code, item_version, item_name, department, scope,
         promised_working_days, applicant_citizen_id, site, status, form_fields, materials, steps,
         step_index, refusal_reason, accepted_on, deadline, completed_on, supervision, visits,
         rating, follow_up_due, follow_up_answer, idempotency_key, created_by, created_at,
         updated_at, version)
       values (?, ?, ?, 1, ?, ?, 'COUNTY', 20, ?, ?, ?, ?::jsonb, ?::jsonb, '[]'::jsonb, 0, ?, ?, ?,
         ?, 'NONE', ?, ?, ?, ?, ?, 'fixture', ?, now(), 1)`,
      [
        id,
        `${row.site}-fixture-${id.slice(0, 8)}`,
        row.itemCode,
        row.itemName,
        row.department,
        row.applicant,
        row.site,
        row.status,
        JSON.stringify([0, 1, 2, 3].map((i) => field(i >= (row.auto ?? 3)))),
        JSON.stringify(
          (row.materials ?? ["BY_LICENCE", "UPLOADED"]).map((status) => ({ name: "m", status })),
        ),
        row.reason ?? null,
        row.accepted ?? null,
        row.deadline ?? null,
        row.completed ?? null,
        row.visits ?? 1,
        row.rating ?? null,
        row.followUp ?? null,
        row.answer ?? null,
        `fixture-${id}`,
        row.created,
      ],
    );
  }
}
