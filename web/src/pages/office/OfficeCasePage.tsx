import { useState } from "react";
import {
  AnswerFollowUpMutation,
  AttestEligibilityMutation,
  CaseByIdQuery,
  CompleteCaseMutation,
  DecideCaseMutation,
  DeliverCaseMutation,
  RequestSupplementMutation,
  VerifyCaseQuery,
} from "../../api/cases";
import { useMutation, useQuery, useSession } from "../../app/hub";
import { Link } from "../../app/router";
import type { CaseDecision } from "../../graphql/generated/graphql";
import { useI18n } from "../../i18n/i18n";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { CaseHeader } from "../case/CaseHeader";
import { CaseHistory } from "../case/CaseHistory";
import { EligibilityList } from "../case/Eligibility";
import { FieldList } from "../case/FieldList";
import { MaterialList } from "../case/MaterialList";
import type { CaseDetail } from "../case/case-types";
import { handles, nextStep, performs } from "./next-step";

/**
 * A case in the back office: its data with sources, materials, each sealed step verified,
 * and the decisions this official's token may take (the step's role, level, department and
 * site), with an opinion.
 */
export default function OfficeCasePage({ params }: { params: Record<string, string> }) {
  const session = useSession();
  const { t, tMaybe } = useI18n();
  const query = useQuery(CaseByIdQuery, { id: params.id! });
  const verify = useQuery(VerifyCaseQuery, { id: params.id! });
  const decide = useMutation(DecideCaseMutation);
  const supplement = useMutation(RequestSupplementMutation);
  const complete = useMutation(CompleteCaseMutation);
  const deliver = useMutation(DeliverCaseMutation);
  const answer = useMutation(AnswerFollowUpMutation);
  const attest = useMutation(AttestEligibilityMutation);
  const [opinion, setOpinion] = useState("");
  const [supplementItems, setSupplementItems] = useState<string[]>([]);
  const [followUp, setFollowUp] = useState("");
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
        <PageTitle>{t("office.caseTitle")}</PageTitle>
        <ErrorNotice error={query.error} />
        {!query.error && <p>{t("case.notFound")}</p>}
      </section>
    );
  }
  const step = nextStep(c);
  const mine = step !== null && performs(session.claims, step, c);
  const after = (message: string) => (result: Record<string, CaseDetail> | null) => {
    if (result) {
      setLatest(Object.values(result)[0] ?? null);
      setDone(message);
      setOpinion("");
      setSupplementItems([]);
      query.reload();
      verify.reload();
    }
  };
  const decideAs = (decision: CaseDecision) =>
    void decide
      .run({ id: c.id, expectedVersion: c.version, decision, opinion: opinion.trim() || null })
      .then(after(t("office.decided", { decision: tMaybe(`decision.${decision}`, decision) })));
  const error = decide.error ?? supplement.error ?? complete.error ?? deliver.error ?? answer.error;
  const open = ["ACCEPTED", "REVIEWED", "SUPPLEMENT_REQUIRED"].includes(c.status);

  return (
    <section>
      <PageTitle>{t("office.caseTitle")}</PageTitle>
      <p>
        <Link to="/office">{t("office.back")}</Link>
      </p>
      <CaseHeader c={c} />
      {done && <Done>{done}</Done>}

      <section className="panel" aria-labelledby="fields-title">
        <h2 id="fields-title">{t("case.fieldsTitle")}</h2>
        <FieldList fields={c.formFields} editable={false} />
      </section>

      <section className="panel" aria-labelledby="eligibility-title">
        <h2 id="eligibility-title">{t("eligibility.title")}</h2>
        <ErrorNotice error={attest.error} />
        <EligibilityList
          rules={c.eligibility}
          pending={busy || attest.pending}
          onAttest={
            open && handles(session.claims, c)
              ? (rule, holds, note) =>
                  void attest
                    .run({ id: c.id, expectedVersion: c.version, rule, holds, note })
                    .then(after(t("eligibility.done")))
              : undefined
          }
        />
      </section>

      <section className="panel" aria-labelledby="materials-title">
        <h2 id="materials-title">{t("case.materialsTitle")}</h2>
        <MaterialList materials={c.materials} />
      </section>

      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t("case.historyTitle")}</h2>
        <ErrorNotice error={verify.error} />
        {verify.data && (
          <p
            className={verify.data.verifyCase.ok ? "notice notice-ok" : "notice notice-error"}
            data-testid="seal-summary"
          >
            {verify.data.verifyCase.ok
              ? t("history.allSealsOk", { count: verify.data.verifyCase.checked })
              : t("history.sealsBroken", { reason: verify.data.verifyCase.reason ?? "" })}
          </p>
        )}
        <CaseHistory history={c.history} verification={verify.data?.verifyCase ?? null} />
      </section>

      <section className="panel actions" aria-labelledby="decide-title">
        <h2 id="decide-title">{t("office.decideTitle")}</h2>
        <ErrorNotice error={error} />
        {step && !mine && (
          <p className="hint">
            {t("office.waitingOn", {
              step: step.name,
              role: tMaybe(`roles.${step.role}`, step.role),
            })}
          </p>
        )}
        {mine && step && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              decideAs(step.action);
            }}
          >
            <p>{t("office.stepIs", { step: step.name })}</p>
            <div className="field">
              <label htmlFor="opinion">{t("office.opinion")}</label>
              <textarea
                id="opinion"
                value={opinion}
                onChange={(event) => setOpinion(event.target.value)}
                rows={3}
                maxLength={500}
              />
            </div>
            <div className="button-row">
              <button type="submit" className="primary" disabled={busy || decide.pending}>
                {tMaybe(`decision.${step.action}`, step.action)}
              </button>
              {step.action === "APPROVE" && (
                <button
                  type="button"
                  className="danger"
                  disabled={busy || decide.pending || opinion.trim() === ""}
                  onClick={() => decideAs("REJECT")}
                >
                  {t("decision.REJECT")}
                </button>
              )}
            </div>
            <fieldset className="supplement">
              <legend>{t("office.supplementTitle")}</legend>
              {[
                ...c.formFields.map((f) => ({ key: f.key, label: f.label })),
                ...c.materials.map((m) => ({ key: m.name, label: m.name })),
              ].map((item) => (
                <label key={item.key} className="check">
                  <input
                    type="checkbox"
                    checked={supplementItems.includes(item.key)}
                    onChange={(event) =>
                      setSupplementItems((previous) =>
                        event.target.checked
                          ? [...previous, item.key]
                          : previous.filter((key) => key !== item.key),
                      )
                    }
                  />
                  {item.label}
                </label>
              ))}
              <button
                type="button"
                disabled={
                  supplement.pending || supplementItems.length === 0 || opinion.trim() === ""
                }
                onClick={() =>
                  void supplement
                    .run({
                      id: c.id,
                      expectedVersion: c.version,
                      items: supplementItems,
                      note: opinion.trim(),
                    })
                    .then(after(t("office.supplementAsked")))
                }
              >
                {t("office.requestSupplement")}
              </button>
            </fieldset>
          </form>
        )}
        {c.status === "APPROVED" && handles(session.claims, c) && (
          <button
            type="button"
            className="primary"
            disabled={busy || complete.pending}
            onClick={() =>
              void complete
                .run({ id: c.id, expectedVersion: c.version, opinion: null })
                .then(after(t("office.completed")))
            }
          >
            {t("office.complete")}
          </button>
        )}
        {(c.status === "COMPLETED" || c.status === "REJECTED") && handles(session.claims, c) && (
          <button
            type="button"
            disabled={busy || deliver.pending}
            onClick={() =>
              void deliver
                .run({ id: c.id, expectedVersion: c.version })
                .then(after(t("office.delivered")))
            }
          >
            {t("office.deliver")}
          </button>
        )}
        {c.resultLicenceIdentifier && (
          <p>
            {t("office.resultLicence")} <span className="mono">{c.resultLicenceIdentifier}</span>
          </p>
        )}
        {c.rating?.followUpDue && !c.rating.followUpAnswer && handles(session.claims, c) && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void answer
                .run({ id: c.id, expectedVersion: c.version, answer: followUp.trim() })
                .then(after(t("office.followUpAnswered")));
            }}
          >
            <p>{t("office.followUpDue", { due: c.rating.followUpDue, score: c.rating.score })}</p>
            <div className="field">
              <label htmlFor="follow-up">{t("office.followUpAnswer")}</label>
              <textarea
                id="follow-up"
                value={followUp}
                onChange={(event) => setFollowUp(event.target.value)}
              />
            </div>
            <button type="submit" disabled={busy || followUp.trim() === "" || answer.pending}>
              {t("office.answer")}
            </button>
          </form>
        )}
      </section>
    </section>
  );
}
