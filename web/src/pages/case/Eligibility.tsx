import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import type { CaseDetail } from "./case-types";

type Rule = CaseDetail["eligibility"][number];

/** How a rule stands, in words and colour (never colour alone). */
function OutcomeTag({ outcome }: { outcome: Rule["outcome"] }) {
  const { t, tMaybe } = useI18n();
  const value = outcome ?? "UNKNOWN";
  return (
    <span className={`tag eligibility-${value.toLowerCase()}`}>
      {outcome ? tMaybe(`eligibility.${outcome}`, outcome) : t("eligibility.UNKNOWN")}
    </span>
  );
}

/**
 * A case's eligibility rules: decided on the bases' data, or attested by an official where the
 * data could not decide (UNDECIDED). `onAttest` is given to officials who may attest.
 */
export function EligibilityList({
  rules,
  onAttest,
  pending = false,
}: {
  rules: Rule[];
  onAttest?: (rule: number, holds: boolean, note: string) => void;
  pending?: boolean;
}) {
  const { t } = useI18n();
  const [notes, setNotes] = useState<Record<number, string>>({});
  if (rules.length === 0) return <p>{t("eligibility.none")}</p>;
  return (
    <ol className="eligibility">
      {rules.map((rule, index) => {
        const note = notes[index] ?? "";
        return (
          <li key={index} data-rule={index} data-outcome={rule.outcome ?? ""}>
            <p>
              {rule.description} <OutcomeTag outcome={rule.outcome} />
              {rule.manualCheck && <span className="small"> · {t("eligibility.manual")}</span>}
            </p>
            {rule.reason && rule.outcome === "UNDECIDED" && (
              <p className="small">{t("eligibility.reason", { reason: rule.reason })}</p>
            )}
            {rule.attestation && (
              <p className="small">
                {t("eligibility.attested", {
                  who: rule.attestedBy ?? "",
                  note: rule.attestation,
                })}
              </p>
            )}
            {rule.outcome === "UNDECIDED" && onAttest && (
              <div className="attest">
                <div className="field">
                  <label htmlFor={`attest-${index}`}>{t("eligibility.note")}</label>
                  <textarea
                    id={`attest-${index}`}
                    rows={2}
                    maxLength={500}
                    value={note}
                    onChange={(event) =>
                      setNotes((previous) => ({ ...previous, [index]: event.target.value }))
                    }
                  />
                </div>
                <div className="button-row">
                  <button
                    type="button"
                    disabled={pending || note.trim() === ""}
                    onClick={() => onAttest(index, true, note.trim())}
                  >
                    {t("eligibility.holds")}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={pending || note.trim() === ""}
                    onClick={() => onAttest(index, false, note.trim())}
                  >
                    {t("eligibility.fails")}
                  </button>
                </div>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
