import { useState } from "react";
import {
  CaseByIdQuery,
  DecideCaseMutation,
  DeliverCaseMutation,
  ResubmitCaseMutation,
  SetCaseFieldsMutation,
} from "../../api/cases";
import { StationSiteQuery } from "../../api/counter";
import { useMutation, useQuery, useSession } from "../../app/hub";
import { Link } from "../../app/router";
import { useI18n } from "../../i18n/i18n";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { CaseHeader } from "../case/CaseHeader";
import { CaseHistory } from "../case/CaseHistory";
import { EligibilityList } from "../case/Eligibility";
import { FieldList } from "../case/FieldList";
import { MaterialList } from "../case/MaterialList";
import { Receipt } from "../case/Receipt";
import { fillable, type CaseDetail } from "../case/case-types";
import { ScanUpload } from "./ScanUpload";

/**
 * The counter's case desk: every field with its source, the manual ones to type, materials by
 * e-licence or by scan, then accept and print the receipt; a completed case is delivered here.
 */
export default function CounterCasePage({ params }: { params: Record<string, string> }) {
  const session = useSession();
  const { t } = useI18n();
  const query = useQuery(CaseByIdQuery, { id: params.id! });
  const station = useQuery(
    StationSiteQuery,
    { code: session.claims.site ?? "" },
    { skip: !session.claims.site },
  );
  const save = useMutation(SetCaseFieldsMutation);
  const decide = useMutation(DecideCaseMutation);
  const resubmit = useMutation(ResubmitCaseMutation);
  const deliver = useMutation(DeliverCaseMutation);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  // A change answers with the case as it now is: shown at once, before the reload lands, so
  // the next action carries the new version.
  const [latest, setLatest] = useState<CaseDetail | null>(null);

  if (query.loading && !query.data) return <Loading />;
  const loaded = query.data?.case;
  const c =
    loaded && latest && latest.id === loaded.id && latest.version > loaded.version
      ? { ...loaded, ...latest }
      : loaded;
  // While the case reloads (after an upload), its version is not known: actions wait.
  const busy = query.loading;
  if (!c) {
    return (
      <section>
        <PageTitle>{t("counter.caseTitle")}</PageTitle>
        <ErrorNotice error={query.error} />
        {!query.error && <p>{t("case.notFound")}</p>}
      </section>
    );
  }
  const editable = fillable(c);
  const pendingEdits = Object.entries(edits).filter(
    ([key, value]) =>
      value.trim() !== "" && value !== (c.formFields.find((f) => f.key === key)?.value ?? ""),
  );
  const after = (message: string) => (result: Record<string, CaseDetail> | null) => {
    if (result) {
      setLatest(Object.values(result)[0] ?? null);
      setDone(message);
      setEdits({});
      query.reload();
    }
  };

  return (
    <section>
      <PageTitle>{t("counter.caseTitle")}</PageTitle>
      <p>
        <Link to="/counter">{t("counter.back")}</Link>
      </p>
      <CaseHeader c={c} />
      {done && <Done>{done}</Done>}

      <section className="panel" aria-labelledby="fields-title">
        <h2 id="fields-title">{t("case.fieldsTitle")}</h2>
        <FieldList
          fields={c.formFields}
          editable={editable}
          edits={edits}
          onEdit={(key, value) => setEdits((previous) => ({ ...previous, [key]: value }))}
        />
        {editable && (
          <>
            <ErrorNotice error={save.error} />
            <button
              type="button"
              disabled={busy || pendingEdits.length === 0 || save.pending}
              onClick={() =>
                void save
                  .run({
                    id: c.id,
                    expectedVersion: c.version,
                    values: pendingEdits.map(([key, value]) => ({ key, value: value.trim() })),
                  })
                  .then(after(t("counter.saved")))
              }
            >
              {t("counter.saveFields")}
            </button>
          </>
        )}
      </section>

      {c.eligibility.length > 0 && (
        <section className="panel" aria-labelledby="eligibility-title">
          <h2 id="eligibility-title">{t("eligibility.title")}</h2>
          <EligibilityList rules={c.eligibility} />
        </section>
      )}

      <section className="panel" aria-labelledby="materials-title">
        <h2 id="materials-title">{t("case.materialsTitle")}</h2>
        <MaterialList
          materials={c.materials}
          action={(material) =>
            editable && material.status !== "BY_LICENCE" ? (
              <ScanUpload
                caseId={c.id}
                version={c.version}
                material={material.name}
                disabled={busy}
                onUploaded={() => {
                  setDone(t("material.uploadDone", { name: material.name }));
                  query.reload();
                }}
              />
            ) : null
          }
        />
      </section>

      <section className="panel actions" aria-labelledby="actions-title">
        <h2 id="actions-title">{t("case.actionsTitle")}</h2>
        <ErrorNotice error={decide.error ?? resubmit.error ?? deliver.error} />
        {c.status === "DRAFT" && (
          <button
            type="button"
            className="primary"
            disabled={busy || decide.pending || pendingEdits.length > 0}
            onClick={() =>
              void decide
                .run({ id: c.id, expectedVersion: c.version, decision: "ACCEPT", opinion: null })
                .then(after(t("counter.accepted")))
            }
          >
            {t("counter.accept")}
          </button>
        )}
        {c.status === "SUPPLEMENT_REQUIRED" && (
          <button
            type="button"
            className="primary"
            disabled={busy || resubmit.pending}
            onClick={() =>
              void resubmit
                .run({ id: c.id, expectedVersion: c.version })
                .then(after(t("counter.resubmitted")))
            }
          >
            {t("counter.resubmit")}
          </button>
        )}
        {c.status === "COMPLETED" && (
          <button
            type="button"
            className="primary"
            disabled={busy || deliver.pending}
            onClick={() =>
              void deliver
                .run({ id: c.id, expectedVersion: c.version })
                .then(after(t("counter.delivered")))
            }
          >
            {t("counter.deliver")}
          </button>
        )}
        {c.status !== "DRAFT" && c.status !== "INTAKE" && (
          <button type="button" onClick={() => window.print()}>
            {t("counter.print")}
          </button>
        )}
      </section>

      {c.status !== "DRAFT" && c.status !== "INTAKE" && (
        <Receipt c={c} stationName={station.data?.serviceSite?.name ?? null} />
      )}

      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t("case.historyTitle")}</h2>
        <CaseHistory history={c.history} />
      </section>
    </section>
  );
}
