import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { applicantName, type CaseDetail } from "./case-types";

/** The acceptance receipt (受理回执) the station prints for the applicant. */
export function Receipt({ c, stationName }: { c: CaseDetail; stationName: string | null }) {
  const { t, tMaybe, lang } = useI18n();
  const accepted = c.history.find((event) => event.action === "ACCEPT");
  return (
    <section className="receipt panel" aria-labelledby="receipt-title" data-testid="receipt">
      <h2 id="receipt-title">{t("receipt.title")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("case.number")}</dt>
          <dd>{c.number}</dd>
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
          <dt>{t("receipt.acceptedAt")}</dt>
          <dd>{accepted ? formatTime(accepted.at, lang) : t("receipt.notAccepted")}</dd>
        </div>
        <div>
          <dt>{t("case.deadline")}</dt>
          <dd>{c.deadline ?? t("case.noDeadline")}</dd>
        </div>
        <div>
          <dt>{t("receipt.station")}</dt>
          <dd>{stationName ?? c.site}</dd>
        </div>
      </dl>
      <h3>{t("receipt.materials")}</h3>
      <ul>
        {c.materials.map((material) => (
          <li key={material.name}>
            {material.name}
            {" · "}
            {tMaybe(`materialStatus.${material.status}`, material.status)}
          </li>
        ))}
      </ul>
      <p className="hint">{t("receipt.note")}</p>
    </section>
  );
}
