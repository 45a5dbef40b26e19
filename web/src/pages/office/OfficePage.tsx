import { useState } from "react";
import { CaseListQuery } from "../../api/cases";
import { CaseInboxQuery, DepartmentStatisticsQuery } from "../../api/office";
import { useQuery, useSession } from "../../app/hub";
import { Link } from "../../app/router";
import type { CaseStatus, Supervision } from "../../graphql/generated/graphql";
import { useI18n } from "../../i18n/i18n";
import { formatShare, formatTime } from "../../ui/format";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { StatusTag, SupervisionTag } from "../../ui/tags";
import { PersonCheck } from "./PersonCheck";

const STATUSES: CaseStatus[] = [
  "ACCEPTED",
  "REVIEWED",
  "APPROVED",
  "SUPPLEMENT_REQUIRED",
  "COMPLETED",
  "DELIVERED",
  "REJECTED",
  "DRAFT",
];
const SUPERVISIONS: Supervision[] = ["RED", "YELLOW", "GREEN"];

/** 后台: the department's cases within the official's site, with supervision cards. */
export default function OfficePage() {
  const session = useSession();
  const { t, tMaybe, lang } = useI18n();
  const [status, setStatus] = useState<CaseStatus | "">("");
  const [supervision, setSupervision] = useState<Supervision | "">("");
  const list = useQuery(CaseListQuery, {
    status: status || null,
    supervision: supervision || null,
  });
  const stats = useQuery(
    DepartmentStatisticsQuery,
    { department: session.claims.dept ?? "" },
    { skip: !session.claims.dept },
  );
  const s = stats.data?.caseStatistics;
  const [inboxAfter, setInboxAfter] = useState<string | null>(null);
  const inbox = useQuery(CaseInboxQuery, { after: inboxAfter });
  const tasks = inbox.data?.caseInbox;
  return (
    <section>
      <PageTitle>{t("office.title")}</PageTitle>
      <section className="panel" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t("office.tasksTitle")}</h2>
        {inbox.loading && <Loading />}
        <ErrorNotice error={inbox.error} />
        {tasks && tasks.edges.length === 0 && <p>{t("office.noTasks")}</p>}
        {tasks && tasks.edges.length > 0 && (
          <table className="list tasks">
            <caption>{t("office.tasksCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.number")}</th>
                <th scope="col">{t("case.item")}</th>
                <th scope="col">{t("office.waitsFor")}</th>
                <th scope="col">{t("case.supervision")}</th>
                <th scope="col">{t("case.deadline")}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.edges.map(({ node }) => (
                <tr
                  key={node.number}
                  className={`row-${node.supervision.toLowerCase()}`}
                  data-task={node.number}
                >
                  <td>
                    <Link to={`/office/cases/${node.case.id}`}>{node.number}</Link>
                  </td>
                  <td>{node.case.itemName}</td>
                  <td>
                    {node.actions.map((action) => tMaybe(`task.${action}`, action)).join("、")}
                  </td>
                  <td>
                    <SupervisionTag supervision={node.supervision} />
                  </td>
                  <td>{node.deadline ?? t("case.noDeadline")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tasks?.pageInfo.hasNextPage && (
          <button type="button" onClick={() => setInboxAfter(tasks.pageInfo.endCursor ?? null)}>
            {t("common.nextPage")}
          </button>
        )}
      </section>
      <section className="panel" aria-labelledby="queue-title">
        <h2 id="queue-title">{t("office.queueTitle")}</h2>
        <div className="filters">
          <label>
            {t("office.statusFilter")}
            <select
              value={status}
              onChange={(event) => setStatus(event.target.value as CaseStatus | "")}
            >
              <option value="">{t("office.all")}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {tMaybe(`caseStatus.${value}`, value)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("office.supervisionFilter")}
            <select
              value={supervision}
              onChange={(event) => setSupervision(event.target.value as Supervision | "")}
            >
              <option value="">{t("office.all")}</option>
              {SUPERVISIONS.map((value) => (
                <option key={value} value={value}>
                  {tMaybe(`supervision.${value}`, value)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {list.loading && <Loading />}
        <ErrorNotice error={list.error} />
        {list.data && (
          <table className="list">
            <caption>{t("office.count", { count: list.data.cases.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.number")}</th>
                <th scope="col">{t("case.item")}</th>
                <th scope="col">{t("case.status")}</th>
                <th scope="col">{t("case.supervision")}</th>
                <th scope="col">{t("case.deadline")}</th>
                <th scope="col">{t("case.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.cases.edges.map(({ node }) => (
                <tr key={node.id} className={`row-${node.supervision.toLowerCase()}`}>
                  <td>
                    <Link to={`/office/cases/${node.id}`}>{node.number}</Link>
                  </td>
                  <td>{node.itemName}</td>
                  <td>
                    <StatusTag status={node.status} />
                  </td>
                  <td>
                    <SupervisionTag supervision={node.supervision} />
                  </td>
                  <td>{node.deadline ?? t("case.noDeadline")}</td>
                  <td>{formatTime(node.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="stats-title">
        <h2 id="stats-title">{t("office.statsTitle")}</h2>
        <ErrorNotice error={stats.error} />
        {s && (
          <dl className="facts stats">
            <div>
              <dt>{t("stats.cases")}</dt>
              <dd>{s.cases}</dd>
            </div>
            <div>
              <dt>{t("stats.completed")}</dt>
              <dd>{s.completed}</dd>
            </div>
            <div>
              <dt>{t("stats.onTimeRate")}</dt>
              <dd>{formatShare(s.onTimeRate)}</dd>
            </div>
            <div>
              <dt>{t("stats.autoFillShare")}</dt>
              <dd>{formatShare(s.autoFillShare)}</dd>
            </div>
            <div>
              <dt>{t("stats.materialsByLicence")}</dt>
              <dd>{s.materialsByLicence}</dd>
            </div>
            <div>
              <dt>{t("stats.materialsByUpload")}</dt>
              <dd>{s.materialsByUpload}</dd>
            </div>
            <div>
              <dt>{t("stats.yellow")}</dt>
              <dd>{s.yellow}</dd>
            </div>
            <div>
              <dt>{t("stats.red")}</dt>
              <dd>{s.red}</dd>
            </div>
          </dl>
        )}
      </section>

      <PersonCheck />
    </section>
  );
}
