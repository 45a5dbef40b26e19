import { useState } from "react";
import { AccessLogQuery, VerifyAccessLogQuery } from "../../api/audit";
import { useQuery } from "../../app/hub";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Dept } from "../../ui/tags";

interface Filters {
  department: string;
  subjectCitizenId: string;
  item: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { department: "", subjectCitizenId: "", item: "", from: "", to: "" };
const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** 审计: search the access log (within what the auditor may read) and verify its hash chain. */
export default function AuditorPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [after, setAfter] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const log = useQuery(AccessLogQuery, {
    department: orNull(filters.department),
    subjectCitizenId: orNull(filters.subjectCitizenId),
    item: orNull(filters.item),
    from: orNull(filters.from),
    to: orNull(filters.to),
    after,
  });
  const verify = useQuery(VerifyAccessLogQuery, {}, { skip: !verifying });
  const field = (key: keyof Filters, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`log-${key}`}>{label}</label>
      <input
        id={`log-${key}`}
        type={type}
        value={draft[key]}
        onChange={(event) => setDraft((previous) => ({ ...previous, [key]: event.target.value }))}
      />
    </div>
  );
  return (
    <section>
      <PageTitle>{t("audit.title")}</PageTitle>
      <section className="panel" aria-labelledby="verify-title">
        <h2 id="verify-title">{t("audit.verifyTitle")}</h2>
        <p className="hint">{t("audit.verifyHelp")}</p>
        <button
          type="button"
          onClick={() => {
            if (verifying) verify.reload();
            setVerifying(true);
          }}
        >
          {t("audit.verify")}
        </button>
        {verify.loading && verifying && <Loading />}
        <ErrorNotice error={verify.error} />
        {verify.data && (
          <p
            className={verify.data.verifyAccessLog.ok ? "notice notice-ok" : "notice notice-error"}
            role="status"
            data-testid="log-verification"
          >
            {verify.data.verifyAccessLog.ok
              ? t("audit.chainOk", { checked: verify.data.verifyAccessLog.checked })
              : t("audit.chainBroken", {
                  checked: verify.data.verifyAccessLog.checked,
                  entry: verify.data.verifyAccessLog.firstBrokenEntryId ?? "",
                })}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="search-title">
        <h2 id="search-title">{t("audit.searchTitle")}</h2>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            setAfter(null);
            setFilters(draft);
          }}
        >
          {field("subjectCitizenId", t("audit.subject"))}
          {field("department", t("audit.department"))}
          {field("item", t("audit.item"))}
          {field("from", t("audit.from"), "date")}
          {field("to", t("audit.to"), "date")}
          <button type="submit" className="primary">
            {t("audit.search")}
          </button>
        </form>
        {log.loading && <Loading />}
        <ErrorNotice error={log.error} />
        {log.data && (
          <>
            <table className="list log">
              <caption>
                {t(log.data.accessLog.pageInfo.hasNextPage ? "audit.countMore" : "audit.count", {
                  count: log.data.accessLog.edges.length,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("audit.at")}</th>
                  <th scope="col">{t("audit.caller")}</th>
                  <th scope="col">{t("audit.purpose")}</th>
                  <th scope="col">{t("audit.subject")}</th>
                  <th scope="col">{t("audit.base")}</th>
                  <th scope="col">{t("audit.items")}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.accessLog.edges.map(({ node }) => (
                  <tr key={node.id} data-entry={node.id}>
                    <td className="small">{formatTime(node.at, lang)}</td>
                    <td>
                      <Dept code={node.callerDept} />
                      <div className="mono small">{node.callerSub}</div>
                    </td>
                    <td className="mono small">{node.purpose ?? t("audit.noPurpose")}</td>
                    <td className="mono">{node.subjectCitizenId}</td>
                    <td>{node.base}</td>
                    <td className="small">
                      {node.items.map((item) => (
                        <div key={item.item}>
                          <span className="mono">{item.item}</span>
                          {": "}
                          {item.outcome}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {log.data.accessLog.pageInfo.hasNextPage && (
              <button
                type="button"
                onClick={() => setAfter(log.data!.accessLog.pageInfo.endCursor ?? null)}
              >
                {t("common.nextPage")}
              </button>
            )}
          </>
        )}
      </section>
    </section>
  );
}
