import type { IncomingMessage, ServerResponse } from "node:http";
import {
  CALLER_CONTEXT_HEADER,
  PreparedReads,
  type CallerContextVerifier,
  type Orm,
} from "@gongxiang/kit";
import { OPEN_STATUSES } from "../case/case.enums.js";
import { CASE_PURPOSE } from "../case/case.reads.js";

/**
 * GET /case-purposes/<id>: the bases ask whether `case:<id>` is an open case of the caller's
 * department, passing on the caller context the gateway signed. Another department, an unknown
 * or a closed case learn nothing (404).
 */
export function casePurposeRoute(orm: Orm, verifier: CallerContextVerifier) {
  const reads = new PreparedReads(orm);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const id = /^\/case-purposes\/([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})$/.exec(
      new URL(req.url ?? "/", "http://x").pathname,
    )?.[1];
    const header = req.headers[CALLER_CONTEXT_HEADER];
    let dept: string | null = null;
    try {
      // The bases pass on the context the gateway signed for them.
      const context = Array.isArray(header) ? header[0] : header;
      dept = (await verifier.verifyFor(context, ["population", "licences"])).dept;
    } catch {
      res.writeHead(401).end();
      return;
    }
    const [row] = id ? await reads.all(CASE_PURPOSE, [id]) : [];
    if (!row || !dept || row.department !== dept) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(
      JSON.stringify({
        caseId: row.id,
        open: (OPEN_STATUSES as readonly string[]).includes(row.status),
        department: row.department,
        applicant: row.applicantCitizenId,
        itemCode: row.itemCode,
        // The access log records the number people know the case by.
        number: row.number,
      }),
    );
  };
}
