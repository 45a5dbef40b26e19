import { useState } from "react";
import { RequestGrantMutation } from "../../api/data";
import { useMutation } from "../../app/hub";
import type { GrantLevel } from "../../graphql/generated/graphql";
import { useI18n } from "../../i18n/i18n";
import { Done, ErrorNotice } from "../../ui/notice";

const PROVIDERS = [
  "public-security",
  "civil-affairs",
  "hrss",
  "medical-insurance",
  "disabled-persons-federation",
  "data-bureau",
];
const LEVELS: GrantLevel[] = ["FULL", "MASKED", "VERIFY"];
const split = (text: string) =>
  text
    .split(/[,，\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A data officer asks another department for data items, for purposes, on a legal basis. */
export function GrantRequestForm({
  myDept,
  onRequested,
}: {
  myDept: string;
  onRequested: () => void;
}) {
  const { t, tMaybe } = useI18n();
  const request = useMutation(RequestGrantMutation);
  const [provider, setProvider] = useState("");
  const [items, setItems] = useState("");
  const [level, setLevel] = useState<GrantLevel>("FULL");
  const [purposes, setPurposes] = useState("");
  const [legalBasis, setLegalBasis] = useState("");
  const [done, setDone] = useState(false);
  return (
    <form
      className="grant-request"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        void request
          .run({
            input: {
              provider,
              items: split(items),
              level,
              purposes: split(purposes),
              legalBasis: legalBasis.trim(),
            },
          })
          .then((result) => {
            if (result) {
              setDone(true);
              onRequested();
            }
          });
      }}
    >
      <div className="field">
        <label htmlFor="grant-provider">{t("grant.provider")}</label>
        <select
          id="grant-provider"
          value={provider}
          onChange={(event) => setProvider(event.target.value)}
        >
          <option value="">{t("grant.chooseProvider")}</option>
          {PROVIDERS.filter((code) => code !== myDept).map((code) => (
            <option key={code} value={code}>
              {tMaybe(`dept.${code}`, code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="grant-items">{t("grant.itemsInput")}</label>
        <input id="grant-items" value={items} onChange={(event) => setItems(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="grant-level">{t("grant.level")}</label>
        <select
          id="grant-level"
          value={level}
          onChange={(event) => setLevel(event.target.value as GrantLevel)}
        >
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {tMaybe(`grantLevel.${value}`, value)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="grant-purposes">{t("grant.purposesInput")}</label>
        <input
          id="grant-purposes"
          value={purposes}
          onChange={(event) => setPurposes(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="grant-basis">{t("grant.legalBasis")}</label>
        <input
          id="grant-basis"
          value={legalBasis}
          onChange={(event) => setLegalBasis(event.target.value)}
        />
      </div>
      <ErrorNotice error={request.error} />
      {done && <Done>{t("grant.requested")}</Done>}
      <button
        type="submit"
        className="primary"
        disabled={
          request.pending ||
          !provider ||
          split(items).length === 0 ||
          split(purposes).length === 0 ||
          !legalBasis.trim()
        }
      >
        {t("grant.request")}
      </button>
    </form>
  );
}
