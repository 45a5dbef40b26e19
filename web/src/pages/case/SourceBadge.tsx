import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import type { CaseField } from "./case-types";

/**
 * Where a value came from: 人口库 (the population base), 电子证照 with its seal verified, a
 * derived value, or 需手工填写 with the reason no base could give it.
 */
export function SourceBadge({ field }: { field: CaseField }) {
  const { t, lang } = useI18n();
  const source = field.source;
  if (field.manual || !source) {
    return (
      <span className="badge badge-manual">
        {t("source.manual")}
        {field.reason && <span className="badge-reason">{field.reason}</span>}
      </span>
    );
  }
  const fetched = t("source.fetchedAt", { time: formatTime(source.fetchedAt, lang) });
  if (source.base === "licences") {
    return (
      <span className="badge badge-licence" title={source.licenceIdentifier ?? undefined}>
        {t("source.licences")}
        <span className="badge-sub">
          {source.verified ? t("source.sealVerified") : t("source.sealNotVerified")}
        </span>
        <span className="badge-when">{fetched}</span>
      </span>
    );
  }
  if (source.base === "population") {
    return (
      <span className="badge badge-population">
        {t("source.population")}
        {source.verified && <span className="badge-sub">{t("source.verified")}</span>}
        <span className="badge-when">{fetched}</span>
      </span>
    );
  }
  return <span className="badge badge-derived">{t("source.derived")}</span>;
}
