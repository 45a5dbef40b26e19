import { useI18n } from "../../i18n/i18n";
import type { CaseField } from "./case-types";
import { SourceBadge } from "./SourceBadge";

/**
 * The case's form: each field's value with its source. Manual fields are inputs while the
 * station may still fill the case (`edits` holds what the agent typed).
 */
export function FieldList({
  fields,
  editable,
  edits,
  onEdit,
}: {
  fields: CaseField[];
  editable: boolean;
  edits?: Record<string, string>;
  onEdit?: (key: string, value: string) => void;
}) {
  const { t, tMaybe } = useI18n();
  const shown = (field: CaseField) =>
    field.value === null
      ? t("case.empty")
      : field.type === "ENUM"
        ? tMaybe(`enumValue.${field.value}`, field.value)
        : field.value;
  return (
    <table className="fields">
      <caption>{t("case.fieldsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("case.field")}</th>
          <th scope="col">{t("case.value")}</th>
          <th scope="col">{t("case.source")}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.key} data-field={field.key}>
            <th scope="row">
              {field.label}
              {field.required && <span className="required">{t("case.required")}</span>}
            </th>
            <td>
              {editable && field.manual && onEdit ? (
                <input
                  aria-label={field.label}
                  name={field.key}
                  value={edits?.[field.key] ?? field.value ?? ""}
                  onChange={(event) => onEdit(field.key, event.target.value)}
                  inputMode={
                    field.type === "BANK_ACCOUNT" || field.type === "INTEGER"
                      ? "numeric"
                      : undefined
                  }
                />
              ) : (
                <span className="value">{shown(field)}</span>
              )}
            </td>
            <td>
              <SourceBadge field={field} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
