import { useState } from "react";
import { DepartmentItemsQuery, PersonCheckQuery } from "../../api/office";
import { useQuery, useSession } from "../../app/hub";
import { checkCitizenId } from "../../identity/citizen-id";
import { useI18n, type MessageKey } from "../../i18n/i18n";
import { ErrorNotice, Loading } from "../../ui/notice";
import { CitizenIdInput } from "../counter/CitizenIdInput";

const FIELDS: { path: string; key: MessageKey }[] = [
  { path: "name", key: "person.name" },
  { path: "gender", key: "person.gender" },
  { path: "birthDate", key: "person.birthDate" },
  { path: "age", key: "person.age" },
  { path: "address", key: "person.address" },
  { path: "phone", key: "person.phone" },
  { path: "status", key: "person.status" },
  { path: "household.number", key: "person.household" },
];

/**
 * 数据核验: a clerk checks an applicant's data for one of the department's items (sent as the
 * purpose) instead of asking for certificates. Each field is what the department is granted:
 * a value, a masked value, or refused with the rule.
 */
export function PersonCheck() {
  const session = useSession();
  const { t, tMaybe } = useI18n();
  const items = useQuery(
    DepartmentItemsQuery,
    { department: session.claims.dept ?? "" },
    { skip: !session.claims.dept },
  );
  const [itemCode, setItemCode] = useState("");
  const [citizenId, setCitizenId] = useState("");
  const [asked, setAsked] = useState<{ citizenId: string; itemCode: string } | null>(null);
  const person = useQuery(
    PersonCheckQuery,
    { citizenId: asked?.citizenId ?? "" },
    { skip: !asked, purpose: asked ? `item:${asked.itemCode}` : undefined },
  );
  const value = (path: string): string | null => {
    let node: unknown = person.data?.personByCitizenId;
    for (const part of path.split(".")) node = (node as Record<string, unknown> | null)?.[part];
    return node === null || node === undefined ? null : String(node);
  };
  // A refusal names the field's path, or an object's above it (household for household.number).
  const refusal = (path: string) =>
    person.fieldErrors.find((error) => `personByCitizenId.${path}.`.startsWith(`${error.path}.`));
  return (
    <section className="panel" aria-labelledby="check-title">
      <h2 id="check-title">{t("check.title")}</h2>
      <p className="hint">{t("check.help")}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setAsked({ citizenId: citizenId.trim(), itemCode });
          person.reload();
        }}
      >
        <div className="field">
          <label htmlFor="check-item">{t("check.purpose")}</label>
          <select
            id="check-item"
            value={itemCode}
            onChange={(event) => setItemCode(event.target.value)}
          >
            <option value="">{t("check.choosePurpose")}</option>
            {items.data?.serviceItems.edges.map(({ node }) => (
              <option key={node.code} value={node.code}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <CitizenIdInput value={citizenId} onChange={setCitizenId} />
        <button type="submit" disabled={!itemCode || checkCitizenId(citizenId).problem !== null}>
          {t("check.submit")}
        </button>
      </form>
      {asked && person.loading && <Loading />}
      <ErrorNotice error={person.error} />
      {asked && person.data && (
        <table className="fields" data-testid="person-check">
          <caption>{t("check.caption", { purpose: asked.itemCode })}</caption>
          <tbody>
            {FIELDS.map((field) => {
              const refused = refusal(field.path);
              const shown = value(field.path);
              return (
                <tr key={field.path} data-person-field={field.path}>
                  <th scope="row">{t(field.key)}</th>
                  <td>
                    {refused ? (
                      <span className="badge badge-refused">
                        {t("check.refused")}
                        <span className="badge-reason">{refused.message}</span>
                      </span>
                    ) : shown === null ? (
                      t("case.empty")
                    ) : (
                      tMaybe(`enumValue.${shown}`, shown)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
