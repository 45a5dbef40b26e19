import { useI18n } from "../../i18n/i18n";
import { Dept, StatusTag, SupervisionTag } from "../../ui/tags";
import { applicantName, type CaseDetail } from "./case-types";

/** Number, item, applicant, status and deadline of a case. */
export function CaseHeader({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  return (
    <div className="case-header panel">
      <dl className="facts">
        <div>
          <dt>{t("case.number")}</dt>
          <dd data-testid="case-number">{c.number}</dd>
        </div>
        <div>
          <dt>{t("case.item")}</dt>
          <dd>{c.itemName}</dd>
        </div>
        <div>
          <dt>{t("case.applicant")}</dt>
          <dd>{applicantName(c) ?? t("case.unknownApplicant")}</dd>
        </div>
        <div>
          <dt>{t("case.department")}</dt>
          <dd>
            <Dept code={c.department} />
          </dd>
        </div>
        <div>
          <dt>{t("case.status")}</dt>
          <dd data-testid="case-status">
            <StatusTag status={c.status} /> <SupervisionTag supervision={c.supervision} />
          </dd>
        </div>
        <div>
          <dt>{t("case.deadline")}</dt>
          <dd>{c.deadline ?? t("case.noDeadline")}</dd>
        </div>
      </dl>
      {c.status === "REFUSED" ? (
        <div className="notice notice-warn refusal" role="status" data-testid="refusal">
          <strong>{t("case.refusedResult")}</strong>
          {c.refusalRule && (
            <span className="notice-detail">{t("case.refusedRule", { rule: c.refusalRule })}</span>
          )}
          {c.refusalReason && (
            <span className="notice-detail">
              {t("case.refusedReason", { reason: c.refusalReason })}
            </span>
          )}
        </div>
      ) : (
        c.refusalReason && (
          <p className="notice notice-error" role="alert">
            {t("case.refused", { reason: c.refusalReason })}
          </p>
        )
      )}
      {c.supplementItems && c.supplementItems.length > 0 && (
        <p className="notice notice-warn">
          {t("case.supplementNeeded", { items: c.supplementItems.join("、") })}
        </p>
      )}
    </div>
  );
}
