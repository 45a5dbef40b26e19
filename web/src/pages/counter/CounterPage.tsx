import { useState } from "react";
import { CaseListQuery, StartCaseMutation } from "../../api/cases";
import { StationItemsQuery, StationSiteQuery } from "../../api/counter";
import { useMutation, useQuery, useSession } from "../../app/hub";
import { Link, useRouter } from "../../app/router";
import { checkCitizenId } from "../../identity/citizen-id";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { StatusTag, SupervisionTag } from "../../ui/tags";
import { CitizenIdInput } from "./CitizenIdInput";

const newKey = () => `web-${crypto.randomUUID()}`;

/** 村级代办: the station's counter. Start a case for a resident; the station's open cases. */
export default function CounterPage() {
  const session = useSession();
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const site = session.claims.site ?? "";
  const department = session.claims.dept ?? "";
  const station = useQuery(StationSiteQuery, { code: site }, { skip: !site });
  const items = useQuery(StationItemsQuery, { site, department }, { skip: !site });
  const cases = useQuery(CaseListQuery, {});
  const start = useMutation(StartCaseMutation);
  const [itemCode, setItemCode] = useState("");
  const [citizenId, setCitizenId] = useState("");
  // One key per application: a retry after a lost answer returns the same case.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);

  const valid = checkCitizenId(citizenId).problem === null;
  const startCase = async () => {
    const result = await start.run({
      input: { itemCode, applicantCitizenId: citizenId.trim(), idempotencyKey },
    });
    if (result) {
      setIdempotencyKey(newKey());
      navigate(`/counter/cases/${result.startCase.id}`);
    }
  };

  return (
    <section>
      <PageTitle>{t("counter.title")}</PageTitle>
      <p className="subtitle" data-testid="station">
        {station.data?.serviceSite?.name ?? site}
      </p>
      <form
        className="panel start-case"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid && itemCode) void startCase();
        }}
      >
        <h2>{t("counter.startTitle")}</h2>
        {items.loading && <Loading />}
        <ErrorNotice error={items.error} />
        <fieldset>
          <legend>{t("counter.chooseItem")}</legend>
          <div className="item-choices">
            {items.data?.serviceItems.edges.map(({ node }) => (
              <label key={node.code} className="item-choice">
                <input
                  type="radio"
                  name="item"
                  value={node.code}
                  checked={itemCode === node.code}
                  onChange={() => {
                    setItemCode(node.code);
                    setIdempotencyKey(newKey());
                    start.reset();
                  }}
                />
                <span className="item-name">{node.name}</span>
                <span className="item-meta">
                  {t("counter.promised", { days: node.promisedWorkingDays })}
                </span>
              </label>
            ))}
            {items.data && items.data.serviceItems.edges.length === 0 && (
              <p>{t("counter.noItems")}</p>
            )}
          </div>
        </fieldset>
        <CitizenIdInput
          value={citizenId}
          onChange={(value) => {
            setCitizenId(value);
            setIdempotencyKey(newKey());
            start.reset();
          }}
        />
        <ErrorNotice error={start.error} />
        <button type="submit" className="primary" disabled={!valid || !itemCode || start.pending}>
          {start.pending ? t("counter.starting") : t("counter.start")}
        </button>
      </form>

      <section className="panel" aria-labelledby="station-cases">
        <h2 id="station-cases">{t("counter.casesTitle")}</h2>
        {cases.loading && <Loading />}
        <ErrorNotice error={cases.error} />
        {cases.data && (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t("case.number")}</th>
                <th scope="col">{t("case.item")}</th>
                <th scope="col">{t("case.status")}</th>
                <th scope="col">{t("case.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.cases.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <Link to={`/counter/cases/${node.id}`}>{node.number}</Link>
                  </td>
                  <td>{node.itemName}</td>
                  <td>
                    <StatusTag status={node.status} />{" "}
                    <SupervisionTag supervision={node.supervision} />
                  </td>
                  <td>{formatTime(node.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
