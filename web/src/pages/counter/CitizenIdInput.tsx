import { useId } from "react";
import { checkCitizenId } from "../../identity/citizen-id";
import { useI18n } from "../../i18n/i18n";

/** A citizen ID number, checked as it is typed (GB 11643: length, birth date, check digit). */
export function CitizenIdInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const check = checkCitizenId(value);
  const complete = value.trim().length === 18;
  // Too short is the state of every number being typed: the help counts down instead.
  const shown = check.problem && check.problem !== "citizenId.tooShort" ? check.problem : null;
  return (
    <div className="field">
      <label htmlFor={id}>{t("counter.citizenId")}</label>
      <input
        id={id}
        name="citizenId"
        value={value}
        onChange={(event) => onChange(event.target.value.toUpperCase())}
        inputMode="numeric"
        autoComplete="off"
        maxLength={18}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-help`}
        className="citizen-id"
      />
      <p id={`${id}-help`} className={shown ? "field-error" : "hint"} aria-live="polite">
        {shown
          ? t(shown, { expected: check.expected ?? "" })
          : complete && !check.problem
            ? t("citizenId.valid")
            : t("citizenId.help", { left: Math.max(0, 18 - value.trim().length) })}
      </p>
    </div>
  );
}
