import { useState } from "react";
import { CatalogItemQuery, CatalogQuery } from "../../api/catalog";
import { useQuery } from "../../app/hub";
import { Link } from "../../app/router";
import { catalogLanguage, useI18n } from "../../i18n/i18n";
import { formatFee } from "../../ui/format";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Dept } from "../../ui/tags";

/** 办事指南: the published service items; one item's form, materials, rules and steps. */
export default function CatalogPage({ params }: { params: Record<string, string> }) {
  const { t, tMaybe, lang } = useI18n();
  const language = catalogLanguage(lang);
  const [draft, setDraft] = useState("");
  const [search, setSearch] = useState<string | null>(null);
  const list = useQuery(
    CatalogQuery,
    { search, department: null, after: null, language },
    { skip: !!params.code },
  );
  const item = useQuery(
    CatalogItemQuery,
    { code: params.code ?? "", language },
    { skip: !params.code },
  );

  if (params.code) {
    const node = item.data?.serviceItem;
    return (
      <section>
        <PageTitle>{node?.name ?? t("catalog.title")}</PageTitle>
        <p>
          <Link to="/catalog">{t("catalog.back")}</Link>
        </p>
        {item.loading && <Loading />}
        <ErrorNotice error={item.error} />
        {item.data && !node && <p>{t("catalog.notFound")}</p>}
        {node && (
          <>
            <nav className="item-links" aria-label={t("catalog.linksLabel")}>
              <Link to={`/catalog/${encodeURIComponent(node.code)}/notice`}>
                {t("catalog.notice")}
              </Link>
              <Link to={`/catalog/${encodeURIComponent(node.code)}/results`}>
                {t("catalog.results")}
              </Link>
              <Link to={`/messages?item=${encodeURIComponent(node.code)}`}>
                {t("catalog.messages")}
              </Link>
            </nav>
            <section className="panel">
              <dl className="facts">
                {node.itemType && (
                  <div>
                    <dt>{t("catalog.itemType")}</dt>
                    <dd>{tMaybe(`itemType.${node.itemType}`, node.itemType)}</dd>
                  </div>
                )}
                <div>
                  <dt>{t("catalog.department")}</dt>
                  <dd>
                    <Dept code={node.department} />
                  </dd>
                </div>
                {node.implementingBody && (
                  <div>
                    <dt>{t("catalog.implementingBody")}</dt>
                    <dd>{node.implementingBody}</dd>
                  </div>
                )}
                <div>
                  <dt>{t("catalog.promised")}</dt>
                  <dd>{t("catalog.days", { days: node.promisedWorkingDays })}</dd>
                </div>
                <div>
                  <dt>{t("catalog.statutory")}</dt>
                  <dd>{t("catalog.days", { days: node.statutoryWorkingDays })}</dd>
                </div>
                <div>
                  <dt>{t("catalog.fee")}</dt>
                  <dd>
                    {node.feeFen === 0
                      ? t("catalog.free")
                      : t("catalog.yuan", { amount: formatFee(node.feeFen) })}
                  </dd>
                </div>
                <div>
                  <dt>{t("catalog.maxTrips")}</dt>
                  <dd>{node.maxTrips}</dd>
                </div>
                <div>
                  <dt>{t("catalog.scope")}</dt>
                  <dd>{tMaybe(`scope.${node.scope}`, node.scope)}</dd>
                </div>
                <div>
                  <dt>{t("catalog.level")}</dt>
                  <dd>{tMaybe(`level.${node.level}`, node.level)}</dd>
                </div>
              </dl>
              <p>{node.acceptanceConditions}</p>
              <p className="small">{t("catalog.legalBasis", { basis: node.legalBasis })}</p>
            </section>
            <section className="panel">
              <h2>{t("catalog.eligibility")}</h2>
              <ul>
                {node.eligibility.map((rule) => (
                  <li key={rule.description}>{rule.description}</li>
                ))}
              </ul>
              <h2>{t("catalog.materials")}</h2>
              <ul>
                {node.materials.map((material) => (
                  <li key={material.name}>
                    {material.name}
                    {" · "}
                    {material.satisfiedBy === "UPLOAD"
                      ? t("catalog.byUpload")
                      : t("catalog.byLicence", { type: material.satisfiedBy })}
                    {" · "}
                    {material.required ? t("catalog.required") : t("catalog.optional")}
                    {material.originalRequired && ` · ${t("catalog.original")}`}
                  </li>
                ))}
              </ul>
              <h2>{t("catalog.form")}</h2>
              <ul>
                {node.formFields.map((field) => (
                  <li key={field.key}>
                    {field.label}
                    {" · "}
                    {field.manual
                      ? t("source.manual")
                      : t("catalog.prefilled", { source: field.source ?? "" })}
                  </li>
                ))}
              </ul>
              <h2>{t("catalog.steps")}</h2>
              <ol>
                {[...node.steps]
                  .sort((a, b) => a.order - b.order)
                  .map((step) => (
                    <li key={step.order}>
                      {step.name}
                      {" · "}
                      {tMaybe(`roles.${step.role}`, step.role)}
                      {" · "}
                      {step.levels.map((level) => tMaybe(`level.${level}`, level)).join("、")}
                    </li>
                  ))}
              </ol>
            </section>
          </>
        )}
      </section>
    );
  }

  return (
    <section>
      <PageTitle>{t("catalog.title")}</PageTitle>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(draft.trim() || null);
        }}
      >
        <div className="field">
          <label htmlFor="catalog-search">{t("catalog.search")}</label>
          <input
            id="catalog-search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <button type="submit">{t("catalog.searchButton")}</button>
      </form>
      {list.loading && <Loading />}
      <ErrorNotice error={list.error} />
      {list.data && (
        <ul className="catalog">
          {list.data.serviceItems.edges.map(({ node }) => (
            <li key={node.code} className="catalog-item">
              <Link to={`/catalog/${node.code}`}>{node.name}</Link>
              <span className="small">
                <Dept code={node.department} />
                {" · "}
                {t("catalog.days", { days: node.promisedWorkingDays })}
                {" · "}
                {node.feeFen === 0
                  ? t("catalog.free")
                  : t("catalog.yuan", { amount: formatFee(node.feeFen) })}
                {" · "}
                {tMaybe(`scope.${node.scope}`, node.scope)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
