import { useState } from "react";
import { MyCasesQuery, MyDataUsageQuery, RateCaseMutation } from "../../api/resident";
import { useMutation, useQuery } from "../../app/hub";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Dept, StatusTag } from "../../ui/tags";

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
              </tr>
            </thead>
            <tbody>
              {usage.data.myDataUsage.edges.map(({ node }) => (
                <tr key={node.id} data-usage={node.callerDept ?? ""}>
                  <td>{formatTime(node.at, lang)}</td>
                  <td>{node.callerDept ? <Dept code={node.callerDept} /> : t("me.yourself")}</td>
                  <td className="mono small">{node.purpose ?? t("audit.noPurpose")}</td>
                  <td className="small">
                    {node.items.map((item) => (
                      <div key={item.item}>
                        {item.item}
                        {": "}
                        {tMaybe(`outcome.${item.outcome}`, item.outcome)}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
