import { useState } from "react";
import { ClassifyDataResourceMutation, DataResourcesQuery } from "../../api/data";
import { useMutation, useQuery } from "../../app/hub";
import type {
  ClassifyDataResourceInput,
  DataBase,
  MaskingRule,
  Sensitivity,
  ShareType,
} from "../../graphql/generated/graphql";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { Dept } from "../../ui/tags";

const BASES: DataBase[] = ["population", "licences", "catalog", "cases"];
const SENSITIVITIES: Sensitivity[] = ["PUBLIC", "INTERNAL", "SENSITIVE", "SECRET"];
const SHARE_TYPES: ShareType[] = ["UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED"];
const MASKINGS: MaskingRule[] = ["NONE", "NAME", "CITIZEN_ID", "PHONE", "ADDRESS", "DATE"];

const guessBase = (item: string): DataBase =>
  item.startsWith("Licence:") ? "licences" : "population";

/**
 * The classification of data items (数据资源目录): what each personal field is, how sensitive,
 * whether and how it is shared, how it is masked. The provider's data officers (and the data
 * bureau's) classify; an unclassified field is shared with nobody.
 */
export function Classification({ myDept }: { myDept: string }) {
  const { t, tMaybe, lang } = useI18n();
  const all = myDept === "data-bureau";
  const resources = useQuery(DataResourcesQuery, { provider: all ? null : myDept });
  const classify = useMutation(ClassifyDataResourceMutation);
  const [editing, setEditing] = useState<ClassifyDataResourceInput | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const save = () => {
    if (!editing) return;
    void classify.run({ input: editing }).then((result) => {
      if (result) {
        setDone(t("classify.saved", { item: result.classifyDataResource.item }));
        setEditing(null);
        resources.reload();
      }
    });
  };
  const set = <K extends keyof ClassifyDataResourceInput>(
    key: K,
    value: ClassifyDataResourceInput[K],
  ) => setEditing((previous) => (previous ? { ...previous, [key]: value } : previous));

  return (
    <section className="panel" aria-labelledby="classify-title">
      <h2 id="classify-title">{t("classify.title")}</h2>
      {resources.loading && <Loading />}
      <ErrorNotice error={resources.error ?? classify.error} />
      {done && <Done>{done}</Done>}
      {editing && (
        <form
          className="classify-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <h3>{t("classify.editing", { item: editing.item })}</h3>
          <div className="field">
            <label htmlFor="classify-description">{t("classify.description")}</label>
            <input
              id="classify-description"
              value={editing.description}
              onChange={(event) => set("description", event.target.value)}
            />
          </div>
          <div className="field-row">
            <label>
              {t("classify.base")}
              <select
                value={editing.base}
                onChange={(event) => set("base", event.target.value as DataBase)}
              >
                {BASES.map((value) => (
                  <option key={value} value={value}>
                    {tMaybe(`base.${value}`, value)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("classify.sensitivity")}
              <select
                value={editing.sensitivity}
                onChange={(event) => set("sensitivity", event.target.value as Sensitivity)}
              >
                {SENSITIVITIES.map((value) => (
                  <option key={value} value={value}>
                    {tMaybe(`sensitivity.${value}`, value)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("classify.shareType")}
              <select
                value={editing.shareType}
                onChange={(event) => set("shareType", event.target.value as ShareType)}
              >
                {SHARE_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {tMaybe(`shareType.${value}`, value)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("classify.masking")}
              <select
                value={editing.masking}
                onChange={(event) => set("masking", event.target.value as MaskingRule)}
              >
                {MASKINGS.map((value) => (
                  <option key={value} value={value}>
                    {tMaybe(`masking.${value}`, value)}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={editing.householdScope}
                onChange={(event) => set("householdScope", event.target.checked)}
              />
              {t("classify.householdScope")}
            </label>
          </div>
          <div className="button-row">
            <button
              type="submit"
              className="primary"
              disabled={classify.pending || !editing.description.trim()}
            >
              {t("classify.save")}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
      {resources.data && (
        <>
          <table className="list">
            <caption>
              {t("classify.caption", { count: resources.data.dataResources.totalCount })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("classify.item")}</th>
                <th scope="col">{t("classify.description")}</th>
                <th scope="col">{t("classify.provider")}</th>
                <th scope="col">{t("classify.sensitivity")}</th>
                <th scope="col">{t("classify.shareType")}</th>
                <th scope="col">{t("classify.masking")}</th>
                <th scope="col">{t("classify.classified")}</th>
                <th scope="col">{t("grant.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {resources.data.dataResources.edges.map(({ node }) => (
                <tr key={node.item} data-resource={node.item}>
                  <td className="mono">{node.item}</td>
                  <td>{node.description}</td>
                  <td>
                    <Dept code={node.provider} />
                  </td>
                  <td>{tMaybe(`sensitivity.${node.sensitivity}`, node.sensitivity)}</td>
                  <td>{tMaybe(`shareType.${node.shareType}`, node.shareType)}</td>
                  <td>{tMaybe(`masking.${node.masking}`, node.masking)}</td>
                  <td className="small">{formatTime(node.classifiedAt, lang)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() =>
                        setEditing({
                          item: node.item,
                          base: node.base,
                          provider: node.provider,
                          description: node.description,
                          sensitivity: node.sensitivity,
                          shareType: node.shareType,
                          masking: node.masking,
                          householdScope: node.householdScope,
                          dataKeys: node.dataKeys ?? null,
                        })
                      }
                    >
                      {t("classify.edit")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t("classify.unclassifiedTitle")}</h3>
          {resources.data.unclassifiedDataItems.length === 0 ? (
            <p>{t("classify.allClassified")}</p>
          ) : (
            <ul className="unclassified">
              {resources.data.unclassifiedDataItems.map((item) => (
                <li key={item}>
                  <span className="mono">{item}</span>
                  <button
                    type="button"
                    onClick={() =>
                      setEditing({
                        item,
                        base: guessBase(item),
                        provider: myDept,
                        description: "",
                        sensitivity: "SENSITIVE",
                        shareType: "NOT_SHARED",
                        masking: "NONE",
                        householdScope: false,
                        dataKeys: null,
                      })
                    }
                  >
                    {t("classify.classify")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
