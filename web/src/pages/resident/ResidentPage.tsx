import { useState } from "react";
import {
  MyMessagesQuery,
  MyNotificationsQuery,
  RateMessageAnswerMutation,
} from "../../api/messages";
import {
  MyCasesQuery,
  MyDataUsageExportQuery,
  MyDataUsageQuery,
  RateCaseMutation,
} from "../../api/resident";
import { useHub, useMutation, useQuery } from "../../app/hub";
import { Link } from "../../app/router";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Dept, StatusTag, SupervisionTag } from "../../ui/tags";
import type { ApiError, Result } from "../../api/client";
import type { MyDataUsageExportQuery as MyDataUsageExportQueryType } from "../../graphql/generated/graphql";

/** Every entry about me with its proof, as `npm run verify-usage` reads it: saved as a file. */
function UsageExport() {
  const { t } = useI18n();
  const { client } = useHub();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      const edges: unknown[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const result: Result<MyDataUsageExportQueryType> = await client.execute(
          MyDataUsageExportQuery,
          { after },
        );
        const usage = result.data.myDataUsage;
        edges.push(...usage.edges);
        if (!usage.pageInfo.hasNextPage) break;
        after = usage.pageInfo.endCursor ?? null;
      }
      const body = JSON.stringify({ data: { myDataUsage: { edges } } }, null, 2);
      const url = URL.createObjectURL(new Blob([body], { type: "application/json" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = "usage.json";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="usage-export">
      <button type="button" disabled={pending} onClick={() => void save()}>
        {t("me.export")}
      </button>
      <p className="hint">{t("me.exportHelp")}</p>
      <ErrorNotice error={error} />
    </div>
  );
}

/** Text messages about my cases: what each announced, and whether it reached me. */
function Notifications() {
  const { t, tMaybe, lang } = useI18n();
  const notices = useQuery(MyNotificationsQuery, { after: null });
  const edges = notices.data?.myNotifications.edges ?? [];
  return (
    <section className="panel" aria-labelledby="my-notices">
      <h2 id="my-notices">{t("me.noticesTitle")}</h2>
      {notices.loading && <Loading />}
      <ErrorNotice error={notices.error} />
      {notices.data && edges.length === 0 && <p>{t("me.noNotices")}</p>}
      <ul className="notices">
        {edges.map(({ node }) => (
          <li key={node.id} data-notice={node.kind}>
            <p>
              <strong>{node.itemName}</strong>{" "}
              <span className="small">
                {t("case.number")} {node.caseNumber}
              </span>
            </p>
            {node.message && <p>{node.message}</p>}
            <p className="small">
              {formatTime(node.createdAt, lang)}
              {" · "}
              {tMaybe(`noticeState.${node.state}`, node.state)}
              {node.deliveredTo && ` · ${t("me.sentTo", { phone: node.deliveredTo })}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 我有话说, mine: what I wrote, the answers, rating each once. */
function MyMessages() {
  const { t, tMaybe } = useI18n();
  const messages = useQuery(MyMessagesQuery, { after: null });
  const rate = useMutation(RateMessageAnswerMutation);
  const edges = messages.data?.myMessages.edges ?? [];
  return (
    <section className="panel" aria-labelledby="my-messages">
      <h2 id="my-messages">{t("messages.mineTitle")}</h2>
      <p>
        <Link to="/messages">{t("messages.writeLink")}</Link>
      </p>
      {messages.loading && <Loading />}
      <ErrorNotice error={messages.error ?? rate.error} />
      {messages.data && edges.length === 0 && <p>{t("messages.mineNone")}</p>}
      <ul className="messages">
        {edges.map(({ node }) => (
          <li key={node.id} className="message" data-message={node.number}>
            <h3>
              {t("messages.number", { number: node.number })}{" "}
              <SupervisionTag supervision={node.supervision} />
            </h3>
            <p className="small">
              {tMaybe(`messages.about${node.about}`, node.about)}
              {" · "}
              <Dept code={node.department} />
              {" · "}
              {t("messages.dueOn", { date: node.dueOn })}
            </p>
            <p className="question">{node.question}</p>
            {node.answer ? (
              <div className="answer">
                <strong>{t("messages.answer")}</strong>
                <p>{node.answer}</p>
                {node.rating ? (
                  <p>{t("messages.yourRating", { score: node.rating })}</p>
                ) : (
                  <div className="rate" role="group" aria-label={t("messages.rate")}>
                    <span>{t("messages.rate")}</span>
                    {[5, 4, 3, 2, 1].map((score) => (
                      <button
                        key={score}
                        type="button"
                        disabled={rate.pending}
                        onClick={() =>
                          void rate.run({ id: node.id, receipt: null, score }).then((done) => {
                            if (done) messages.reload();
                          })
                        }
                      >
                        {tMaybe(`me.score${score}`, String(score))}
                      </button>
                    ))}
                  </div>
                )}
              </div>
            ) : (
              <p>{t("messages.notAnswered")}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * 居民 (the kiosk view: large type, high contrast): my cases and how far each has come, and
 * who used my data, when and for what.
 */
export default function ResidentPage() {
  const { t, tMaybe, lang } = useI18n();
  const cases = useQuery(MyCasesQuery, {});
  const usage = useQuery(MyDataUsageQuery, { after: null });
  const rate = useMutation(RateCaseMutation);
  const [rated, setRated] = useState<string | null>(null);
  return (
    <section>
      <PageTitle>{t("me.title")}</PageTitle>
      <section className="panel" aria-labelledby="my-cases">
        <h2 id="my-cases">{t("me.casesTitle")}</h2>
        {cases.loading && <Loading />}
        <ErrorNotice error={cases.error ?? rate.error} />
        {rated && <Done>{rated}</Done>}
        {cases.data?.cases.edges.length === 0 && <p>{t("me.noCases")}</p>}
        <ul className="my-cases">
          {cases.data?.cases.edges.map(({ node }) => (
            <li key={node.id} className="my-case" data-case={node.number}>
              <h3>
                {node.itemName} <StatusTag status={node.status} />
              </h3>
              <p className="small">
                {t("case.number")} {node.number} · <Dept code={node.department} />
                {node.deadline && <> · {t("me.deadline", { date: node.deadline })}</>}
              </p>
              <ol className="progress" aria-label={t("me.progress")}>
                {node.history.map((event) => (
                  <li key={event.id}>
                    <time dateTime={event.at}>{formatTime(event.at, lang)}</time>{" "}
                    <strong>{tMaybe(`action.${event.action}`, event.action)}</strong>
                    {event.actorDept && (
                      <>
                        {" · "}
                        <Dept code={event.actorDept} />
                      </>
                    )}
                    {event.opinion && (
                      <span className="opinion">
                        {t("history.opinion", { opinion: event.opinion })}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
              {node.resultLicenceIdentifier && (
                <p>
                  {t("me.resultLicence")}{" "}
                  <span className="mono">{node.resultLicenceIdentifier}</span>
                </p>
              )}
              {(node.status === "COMPLETED" || node.status === "DELIVERED") && !node.rating && (
                <div className="rate" role="group" aria-label={t("me.rate")}>
                  <span>{t("me.rate")}</span>
                  {[5, 4, 3, 2, 1].map((score) => (
                    <button
                      key={score}
                      type="button"
                      disabled={rate.pending}
                      onClick={() =>
                        void rate
                          .run({ id: node.id, expectedVersion: node.version, score, comment: null })
                          .then((result) => {
                            if (result) {
                              setRated(t("me.rated"));
                              cases.reload();
                            }
                          })
                      }
                    >
                      {tMaybe(`me.score${score}`, String(score))}
                    </button>
                  ))}
                </div>
              )}
              {node.rating && <p>{t("me.yourRating", { score: node.rating.score })}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="my-data">
        <h2 id="my-data">{t("me.usageTitle")}</h2>
        <p className="hint">{t("me.usageHelp")}</p>
        {usage.loading && <Loading />}
        <ErrorNotice error={usage.error} />
        {usage.data && (
          <table className="list usage">
            <caption>
              {t(
                usage.data.myDataUsage.pageInfo.hasNextPage ? "me.usageCountMore" : "me.usageCount",
                {
                  count: usage.data.myDataUsage.edges.length,
                },
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("me.when")}</th>
                <th scope="col">{t("me.who")}</th>
                <th scope="col">{t("me.why")}</th>
                <th scope="col">{t("me.what")}</th>
                <th scope="col">{t("me.proof")}</th>
              </tr>
            </thead>
            <tbody>
              {usage.data.myDataUsage.edges.map(({ node }) => (
                <tr key={node.id} data-usage={node.callerDept ?? ""}>
                  <td>{formatTime(node.at, lang)}</td>
                  <td>{node.callerDept ? node.readerText : t("me.yourself")}</td>
                  <td className="small">
                    {node.purposeText}
                    {node.caseNumber && (
                      <div>
                        {t("case.number")} {node.caseNumber}
                      </div>
                    )}
                  </td>
                  <td className="small">
                    {node.items.map((item) => (
                      <div key={item.item}>
                        {item.label}
                        {t("me.itemOutcome", { outcome: item.outcomeText })}
                      </div>
                    ))}
                  </td>
                  <td className="small">
                    {node.proof ? t("me.proofReady") : t("me.proofPending")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <UsageExport />
      </section>
      <Notifications />
      <MyMessages />
    </section>
  );
}
