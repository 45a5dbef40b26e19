import { useState } from "react";
import { ItemDisclosureQuery } from "../../api/public";
import { useQuery } from "../../app/hub";
import { Link } from "../../app/router";
import { catalogLanguage, useI18n } from "../../i18n/i18n";
import { formatShare } from "../../ui/format";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Dept } from "../../ui/tags";

/** A count or figure the hub withheld: too few cases to publish without pointing at someone. */
function Withheld({ minimum }: { minimum: number }) {
  const { t } = useI18n();
  return (
    <span className="withheld" title={t("results.withheldHelp", { min: minimum })}>
      <span aria-hidden="true">{t("results.under", { min: minimum })}</span>
      <span className="visually-hidden">{t("results.withheld", { min: minimum })}</span>
    </span>
  );
}

function Count({ value, minimum }: { value: number | null | undefined; minimum: number }) {
  if (value === null || value === undefined) return <Withheld minimum={minimum} />;
  return <>{value}</>;
}

type FigureKey =
  | "AUTO_FILL_SHARE"
  | "LICENCE_MATERIAL_SHARE"
  | "UPLOADS_PER_CASE"
  | "HANDLING_WORKING_DAYS"
  | "SAME_VILLAGE_SHARE"
  | "AVERAGE_RATING"
  | "FOLLOW_UP_ANSWER_RATE";

/**
 * 阳光红页 for one item: its results month by month and one month's outcome figures, as its
 * department publishes them, computed by the hub from the stored cases. A cell resting on fewer
 * cases than the minimum is withheld by the hub and shown as such, never as a number.
 */
export default function ResultsPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const code = params.code ?? "";
  const [month, setMonth] = useState<string | null>(null);
  const [period, setPeriod] = useState<{ from: string | null; to: string | null }>({
    from: null,
    to: null,
  });
  const [draft, setDraft] = useState({ from: "", to: "" });
  const query = useQuery(ItemDisclosureQuery, {
    code,
    ...period,
    month,
    language: catalogLanguage(lang),
  });
  const item = query.data?.serviceItem;
  const results = query.data?.disclosedResults ?? null;
  const figures = query.data?.outcomeFigures ?? null;
  const published = new Set<string>(item?.disclosure.outcomes ?? []);
  const minimum = results?.minimumCount ?? figures?.minimumCount ?? 5;

  const figure = (key: FigureKey, label: string, value: string | null) => (
    <div key={`${key}-${label}`} data-figure={key}>
      <dt>{label}</dt>
      <dd>
        {!published.has(key) ? (
          t("results.notPublished")
        ) : value === null ? (
          <Withheld minimum={minimum} />
        ) : (
          value
        )}
      </dd>
    </div>
  );
  const number = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined ? null : value.toFixed(digits);
  const share = (value: number | null | undefined) =>
    value === null || value === undefined ? null : formatShare(value);
  const days = (value: number | null | undefined) =>
    value === null || value === undefined
      ? null
      : t("catalog.days", { days: Number(value.toFixed(1)) });

  return (
    <section>
      <PageTitle>{item ? t("results.titleOf", { name: item.name }) : t("results.title")}</PageTitle>
      <p>
        <Link to={`/catalog/${encodeURIComponent(code)}`}>{t("notice.back")}</Link>
      </p>
      {query.loading && <Loading />}
      <ErrorNotice error={query.error} />
      {query.data && !item && <p>{t("results.noItem")}</p>}
      {item && (
        <>
          <p className="hint">
            <Dept code={item.department} />
            {" · "}
            {t("results.help", { min: minimum })}
          </p>
          <section className="panel" aria-labelledby="results-months">
            <h2 id="results-months">{t("results.monthsTitle")}</h2>
            <form
              className="filters"
              onSubmit={(event) => {
                event.preventDefault();
                setPeriod({ from: draft.from || null, to: draft.to || null });
              }}
            >
              <div className="field">
                <label htmlFor="results-from">{t("results.from")}</label>
                <input
                  id="results-from"
                  type="month"
                  value={draft.from}
                  onChange={(event) => setDraft({ ...draft, from: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor="results-to">{t("results.to")}</label>
                <input
                  id="results-to"
                  type="month"
                  value={draft.to}
                  onChange={(event) => setDraft({ ...draft, to: event.target.value })}
                />
              </div>
              <button type="submit">{t("results.show")}</button>
            </form>
            <p className="hint">{t("results.periodHelp")}</p>
            {!item.disclosure.results || !results ? (
              <p>{t("results.resultsNotPublished")}</p>
            ) : results.months.length === 0 ? (
              <p>{t("results.noMonths")}</p>
            ) : (
              <div className="table-scroll">
                <table className="list results">
                  <caption>{t("results.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("results.month")}</th>
                      <th scope="col">{t("results.received")}</th>
                      <th scope="col">{t("results.approved")}</th>
                      <th scope="col">{t("results.refused")}</th>
                      <th scope="col">{t("results.completed")}</th>
                      <th scope="col">{t("results.completedOnTime")}</th>
                      <th scope="col">{t("results.refusedByRule")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.months.map((row) => (
                      <tr key={row.month} data-month={row.month}>
                        <th scope="row">{row.month}</th>
                        <td>
                          <Count value={row.received} minimum={minimum} />
                        </td>
                        <td>
                          <Count value={row.approved} minimum={minimum} />
                        </td>
                        <td>
                          <Count value={row.refused} minimum={minimum} />
                        </td>
                        <td>
                          <Count value={row.completed} minimum={minimum} />
                        </td>
                        <td>
                          <Count value={row.completedOnTime} minimum={minimum} />
                        </td>
                        <td className="small">
                          {row.refusedByRule.length === 0
                            ? row.refused === 0
                              ? t("results.none")
                              : row.refused === null && <Withheld minimum={minimum} />
                            : row.refusedByRule.map((refusal) => (
                                <div key={refusal.rule}>
                                  {t("results.ruleCount", {
                                    rule: refusal.rule,
                                    count: refusal.count,
                                  })}
                                </div>
                              ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="results-figures">
            <h2 id="results-figures">{t("results.figuresTitle")}</h2>
            {results && results.months.length > 0 && (
              <div className="field">
                <label htmlFor="figures-month">{t("results.figuresMonth")}</label>
                <select
                  id="figures-month"
                  value={month ?? ""}
                  onChange={(event) => setMonth(event.target.value || null)}
                >
                  <option value="">{t("results.lastMonth")}</option>
                  {[...results.months].reverse().map((row) => (
                    <option key={row.month} value={row.month}>
                      {row.month}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {figures && (
              <dl className="facts figures">
                {figure(
                  "AUTO_FILL_SHARE",
                  t("results.autoFillShare"),
                  share(figures.autoFillShare),
                )}
                {figure(
                  "LICENCE_MATERIAL_SHARE",
                  t("results.licenceMaterialShare"),
                  share(figures.licenceMaterialShare),
                )}
                {figure(
                  "UPLOADS_PER_CASE",
                  t("results.uploadsPerCase"),
                  number(figures.uploadsPerCase),
                )}
                {figure(
                  "HANDLING_WORKING_DAYS",
                  t("results.medianWorkingDays"),
                  days(figures.medianWorkingDays),
                )}
                {figure(
                  "HANDLING_WORKING_DAYS",
                  t("results.p90WorkingDays"),
                  days(figures.p90WorkingDays),
                )}
                {figure(
                  "SAME_VILLAGE_SHARE",
                  t("results.sameVillageShare"),
                  share(figures.sameVillageShare),
                )}
                {figure(
                  "AVERAGE_RATING",
                  t("results.averageRating"),
                  number(figures.averageRating),
                )}
                {figure(
                  "FOLLOW_UP_ANSWER_RATE",
                  t("results.followUpAnswerRate"),
                  share(figures.followUpAnswerRate),
                )}
              </dl>
            )}
            <p className="small">{t("results.computed")}</p>
          </section>
        </>
      )}
    </section>
  );
}
