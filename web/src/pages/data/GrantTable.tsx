import { useState } from "react";
import { ApproveGrantMutation, RejectGrantMutation, RevokeGrantMutation } from "../../api/data";
import { useMutation } from "../../app/hub";
import type { GrantRowFragment } from "../../graphql/generated/graphql";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { ErrorNotice } from "../../ui/notice";
import { Dept } from "../../ui/tags";

/**
 * Grants with their due dates and overdue marks, and the decisions this data officer may take
 * on each: approve or reject a request (never their own department's: separation of duties),
 * revoke one in force.
 */
export function GrantTable({
  grants,
  caption,
  myDept,
  decide,
  onChanged,
}: {
  grants: GrantRowFragment[];
  caption: string;
  myDept: string;
  /** Whether this table offers approve/reject (requests) or revoke (grants in force). */
  decide: "request" | "revoke" | "none";
  onChanged: () => void;
}) {
  const { t, tMaybe, lang } = useI18n();
  const approve = useMutation(ApproveGrantMutation);
  const reject = useMutation(RejectGrantMutation);
  const revoke = useMutation(RevokeGrantMutation);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const reasonOf = (id: string) => (reasons[id] ?? "").trim();
  const then = (result: unknown) => {
    if (result) onChanged();
  };
  if (grants.length === 0) return <p>{t("data.none")}</p>;
  return (
    <>
      <ErrorNotice error={approve.error ?? reject.error ?? revoke.error} />
      <table className="list grants">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("grant.consumer")}</th>
            <th scope="col">{t("grant.provider")}</th>
            <th scope="col">{t("grant.items")}</th>
            <th scope="col">{t("grant.level")}</th>
            <th scope="col">{t("grant.purposes")}</th>
            <th scope="col">{t("grant.status")}</th>
            <th scope="col">{t("grant.due")}</th>
            {decide !== "none" && <th scope="col">{t("grant.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {grants.map((grant) => {
            const own = grant.consumer === myDept;
            return (
              <tr
                key={grant.id}
                data-grant={grant.id}
                className={grant.overdue ? "row-overdue" : undefined}
              >
                <td>
                  <Dept code={grant.consumer} />
                </td>
                <td>
                  <Dept code={grant.provider} />
                </td>
                <td className="mono small">{grant.items.join(", ")}</td>
                <td>{tMaybe(`grantLevel.${grant.level}`, grant.level)}</td>
                <td className="small">{grant.purposes.join(", ")}</td>
                <td>
                  {tMaybe(`grantStatus.${grant.status}`, grant.status)}
                  {grant.inForce && <span className="tag tag-ok">{t("grant.inForce")}</span>}
                  <div className="small">
                    {t("grant.requestedAt", { time: formatTime(grant.requestedAt, lang) })}
                  </div>
                  {grant.decisionReason && <div className="small">{grant.decisionReason}</div>}
                  {grant.revocationReason && <div className="small">{grant.revocationReason}</div>}
                </td>
                <td>
                  {grant.status === "REQUESTED" ? grant.dueOn : t("grant.decided")}
                  {grant.overdue && <span className="tag tag-overdue">{t("grant.overdue")}</span>}
                </td>
                {decide !== "none" && (
                  <td className="grant-actions">
                    {decide === "request" && own && (
                      <span className="hint">{t("grant.ownRequest")}</span>
                    )}
                    {(decide === "revoke" || (decide === "request" && !own)) && (
                      <label className="reason">
                        {t("grant.reason")}
                        <input
                          value={reasons[grant.id] ?? ""}
                          onChange={(event) =>
                            setReasons((previous) => ({
                              ...previous,
                              [grant.id]: event.target.value,
                            }))
                          }
                        />
                      </label>
                    )}
                    {decide === "request" && !own && (
                      <div className="button-row">
                        <button
                          type="button"
                          className="primary"
                          disabled={approve.pending}
                          onClick={() => void approve.run({ id: grant.id }).then(then)}
                        >
                          {t("grant.approve")}
                        </button>
                        <button
                          type="button"
                          className="danger"
                          disabled={reject.pending || reasonOf(grant.id) === ""}
                          onClick={() =>
                            void reject.run({ id: grant.id, reason: reasonOf(grant.id) }).then(then)
                          }
                        >
                          {t("grant.reject")}
                        </button>
                      </div>
                    )}
                    {decide === "revoke" && (
                      <button
                        type="button"
                        className="danger"
                        disabled={revoke.pending || reasonOf(grant.id) === ""}
                        onClick={() =>
                          void revoke.run({ id: grant.id, reason: reasonOf(grant.id) }).then(then)
                        }
                      >
                        {t("grant.revoke")}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
