import { SharingGrantsQuery } from "../../api/data";
import { useQuery, useSession } from "../../app/hub";
import { useI18n } from "../../i18n/i18n";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Classification } from "./Classification";
import { GrantRequestForm } from "./GrantRequestForm";
import { GrantTable } from "./GrantTable";

/**
 * 数据专员: grant requests to decide (due dates, overdue marks), grants in force to revoke, the
 * department's own requests, and the classification of its data items.
 */
export default function DataOfficerPage() {
  const session = useSession();
  const { t } = useI18n();
  const dept = session.claims.dept ?? "";
  // The data bureau decides and sees every grant; a department those it is party to.
  const bureau = dept === "data-bureau";
  const toDecide = useQuery(SharingGrantsQuery, {
    provider: bureau ? null : dept,
    consumer: null,
    status: "REQUESTED",
  });
  const inForce = useQuery(SharingGrantsQuery, {
    provider: null,
    consumer: null,
    status: "APPROVED",
  });
  const mine = useQuery(SharingGrantsQuery, { provider: null, consumer: dept, status: null });
  const reload = () => {
    toDecide.reload();
    inForce.reload();
    mine.reload();
  };
  return (
    <section>
      <PageTitle>{t("data.title")}</PageTitle>
      <section className="panel" aria-labelledby="requests-title">
        <h2 id="requests-title">{t("data.requestsTitle")}</h2>
        {toDecide.loading && <Loading />}
        <ErrorNotice error={toDecide.error} />
        {toDecide.data && (
          <GrantTable
            grants={toDecide.data.sharingGrants.edges.map((edge) => edge.node)}
            caption={t("data.requestsCaption", { count: toDecide.data.sharingGrants.totalCount })}
            myDept={dept}
            decide="request"
            onChanged={reload}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="in-force-title">
        <h2 id="in-force-title">{t("data.inForceTitle")}</h2>
        <ErrorNotice error={inForce.error} />
        {inForce.data && (
          <GrantTable
            grants={inForce.data.sharingGrants.edges.map((edge) => edge.node)}
            caption={t("data.inForceCaption", { count: inForce.data.sharingGrants.totalCount })}
            myDept={dept}
            decide="revoke"
            onChanged={reload}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="mine-title">
        <h2 id="mine-title">{t("data.mineTitle")}</h2>
        <ErrorNotice error={mine.error} />
        {mine.data && (
          <GrantTable
            grants={mine.data.sharingGrants.edges.map((edge) => edge.node)}
            caption={t("data.mineCaption", { count: mine.data.sharingGrants.totalCount })}
            myDept={dept}
            decide="none"
            onChanged={reload}
          />
        )}
        <h3>{t("data.newRequest")}</h3>
        <GrantRequestForm myDept={dept} onRequested={reload} />
      </section>
      <Classification myDept={dept} />
    </section>
  );
}
