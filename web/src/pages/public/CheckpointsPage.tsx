import { useState } from "react";
import { CheckpointsQuery } from "../../api/public";
import { useQuery } from "../../app/hub";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";

/**
 * The access log's latest signed checkpoints, one per base and month: anyone may keep them and
 * later hold the log (and a resident's proofs) to them. Nothing here is about a person.
 */
export default function CheckpointsPage() {
  const { t, tMaybe, lang } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const checkpoints = useQuery(CheckpointsQuery, { after });
  const page = checkpoints.data?.accessLogCheckpoints;
  return (
    <section>
      <PageTitle>{t("checkpoints.title")}</PageTitle>
      <p className="hint">{t("checkpoints.help")}</p>
      {checkpoints.loading && <Loading />}
      <ErrorNotice error={checkpoints.error} />
      {page && page.edges.length === 0 && <p>{t("checkpoints.none")}</p>}
      {page && page.edges.length > 0 && (
        <div className="table-scroll">
          <table className="list checkpoints">
            <caption>{t("checkpoints.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("checkpoints.partition")}</th>
                <th scope="col">{t("checkpoints.treeSize")}</th>
                <th scope="col">{t("checkpoints.signedAt")}</th>
                <th scope="col">{t("checkpoints.rootHash")}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => {
                const [base, month] = node.partition.split("/");
                return (
                  <tr key={node.id} data-partition={node.partition}>
                    <th scope="row">
                      {tMaybe(`base.${base}`, base ?? "")} {month}
                    </th>
                    <td>{node.treeSize}</td>
                    <td>{formatTime(node.signedAt, lang)}</td>
                    <td>
                      <code className="mono hash">{node.rootHash}</code>
                      <details>
                        <summary>{t("checkpoints.signature", { key: node.keyId })}</summary>
                        <code className="mono hash">{node.jws}</code>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
          {t("common.nextPage")}
        </button>
      )}
    </section>
  );
}
