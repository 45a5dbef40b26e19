import { useEffect, useState } from "react";
import {
  MessageByReceiptQuery,
  MessageStatisticsQuery,
  PublishedMessagesQuery,
  RateMessageAnswerMutation,
  SubmitMessageMutation,
} from "../../api/messages";
import { MessageTargetsQuery } from "../../api/public";
import { MyCasesQuery } from "../../api/resident";
import { useHub, useMutation, useQuery } from "../../app/hub";
import { useRouter } from "../../app/router";
import { hasRole } from "../../app/session";
import { catalogLanguage, useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { Dept, SupervisionTag } from "../../ui/tags";
import type { ApiError } from "../../api/client";
import type { MessageAbout } from "../../graphql/generated/graphql";

/** The submit form's failure: a daily cap in plain words, anything else as the hub said it. */
function SubmitError({ error }: { error: ApiError | null }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error.code === "RATE_LIMITED") {
    return (
      <div className="notice notice-error" role="alert" data-testid="message-limit">
        <strong>{t("messages.limitTitle")}</strong>
        <span className="notice-detail">{t("messages.limitHelp")}</span>
      </div>
    );
  }
  return <ErrorNotice error={error} />;
}

function RateAnswer({ onRate, pending }: { onRate: (score: number) => void; pending: boolean }) {
  const { t, tMaybe } = useI18n();
  return (
    <div className="rate" role="group" aria-label={t("messages.rate")}>
      <span>{t("messages.rate")}</span>
      {[5, 4, 3, 2, 1].map((score) => (
        <button key={score} type="button" disabled={pending} onClick={() => onRate(score)}>
          {tMaybe(`me.score${score}`, String(score))}
        </button>
      ))}
    </div>
  );
}

/** A visitor's own message by the receipt they kept: the answer, and rating it once. */
function ByReceipt({ initial }: { initial: string }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [receipt, setReceipt] = useState(initial);
  const message = useQuery(MessageByReceiptQuery, { receipt }, { skip: !receipt });
  const rate = useMutation(RateMessageAnswerMutation);
  const node = message.data?.messageByReceipt;
  return (
    <section className="panel" aria-labelledby="by-receipt">
      <h2 id="by-receipt">{t("messages.receiptTitle")}</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setReceipt(draft.trim());
        }}
      >
        <div className="field">
          <label htmlFor="receipt">{t("messages.receiptLabel")}</label>
          <input
            id="receipt"
            className="mono"
            autoComplete="off"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <button type="submit">{t("messages.receiptButton")}</button>
      </form>
      {message.loading && <Loading />}
      <ErrorNotice error={message.error ?? rate.error} />
      {node && (
        <article className="message" data-message={node.number}>
          <h3>
            {t("messages.number", { number: node.number })}{" "}
            <SupervisionTag supervision={node.supervision} />
          </h3>
          <p className="small">
            <Dept code={node.department} />
            {" · "}
            {t("messages.dueOn", { date: node.dueOn })}
          </p>
          <p className="question">{node.question}</p>
          {node.answer ? (
            <div className="answer">
              <strong>{t("messages.answer")}</strong>
              <p>{node.answer}</p>
              {node.answeredAt && <p className="small">{formatTime(node.answeredAt, lang)}</p>}
              {node.rating ? (
                <p>{t("messages.yourRating", { score: node.rating })}</p>
              ) : (
                <RateAnswer
                  pending={rate.pending}
                  onRate={(score) =>
                    void rate.run({ id: null, receipt, score }).then((done) => {
                      if (done) message.reload();
                    })
                  }
                />
              )}
            </div>
          ) : (
            <p>{t("messages.notAnswered")}</p>
          )}
        </article>
      )}
    </section>
  );
}

/** How one department answers its messages: counts of messages, never of people. */
function DepartmentRow({ department }: { department: string }) {
  const { t } = useI18n();
  const stats = useQuery(MessageStatisticsQuery, { department });
  const s = stats.data?.messageStatistics;
  return (
    <tr data-department={department}>
      <th scope="row">
        <Dept code={department} />
      </th>
      {stats.error ? (
        <td colSpan={4}>{t("messages.statsUnavailable")}</td>
      ) : (
        <>
          <td>{s?.received ?? ""}</td>
          <td>{s?.answeredOnTime ?? ""}</td>
          <td>{s?.overdue ?? ""}</td>
          <td>{s ? (s.averageRating === null ? "—" : s.averageRating.toFixed(1)) : ""}</td>
        </>
      )}
    </tr>
  );
}

/**
 * 我有话说: anyone writes to the department responsible for an item, a service site or (a
 * signed-in resident) their own case; the answers published with both sides' leave, personal
 * data blanked out by the hub, are listed for everyone.
 */
export default function MessagesPage() {
  const { t, tMaybe, lang } = useI18n();
  const { session } = useHub();
  const { search } = useRouter();
  const citizen = hasRole(session, "citizen");
  const itemFilter = search.get("item");
  const targets = useQuery(MessageTargetsQuery, { language: catalogLanguage(lang) });
  const myCases = useQuery(MyCasesQuery, {}, { skip: !citizen });
  const [listAfter, setListAfter] = useState<string | null>(null);
  const published = useQuery(PublishedMessagesQuery, { itemCode: itemFilter, after: listAfter });
  const submit = useMutation(SubmitMessageMutation);

  const [about, setAbout] = useState<MessageAbout>("ITEM");
  const [itemCode, setItemCode] = useState(itemFilter ?? "");
  useEffect(() => {
    if (itemFilter) setItemCode(itemFilter);
  }, [itemFilter]);
  const [siteCode, setSiteCode] = useState("");
  const [caseId, setCaseId] = useState("");
  const [text, setText] = useState("");
  const [phone, setPhone] = useState("");
  const [publishable, setPublishable] = useState(false);
  const [receipt, setReceipt] = useState<{
    number: string;
    department: string;
    dueOn: string;
    receipt: string | null;
  } | null>(null);

  const items = targets.data?.serviceItems.edges.map((edge) => edge.node) ?? [];
  const sites = targets.data?.serviceSites.edges.map((edge) => edge.node) ?? [];
  const itemName = (code: string | null | undefined) =>
    items.find((item) => item.code === code)?.name ?? code ?? "";
  const siteName = (code: string | null | undefined) =>
    sites.find((site) => site.code === code)?.name ?? code ?? "";

  return (
    <section>
      <PageTitle>{t("messages.title")}</PageTitle>
      <p className="hint">{t("messages.help")}</p>

      <section className="panel" aria-labelledby="write">
        <h2 id="write">{t("messages.writeTitle")}</h2>
        {receipt ? (
          <div data-testid="message-receipt">
            <Done>{t("messages.sent", { number: receipt.number })}</Done>
            <p>
              <Dept code={receipt.department} />
              {" · "}
              {t("messages.dueOn", { date: receipt.dueOn })}
            </p>
            {receipt.receipt && (
              <div className="receipt-secret">
                <p>
                  <strong>{t("messages.keepReceipt")}</strong>
                </p>
                <p className="mono" data-testid="receipt-secret">
                  {receipt.receipt}
                </p>
              </div>
            )}
            <button
              type="button"
              onClick={() => {
                setReceipt(null);
                setText("");
                submit.reset();
              }}
            >
              {t("messages.writeAnother")}
            </button>
          </div>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit
                .run({
                  input: {
                    about,
                    itemCode: about === "ITEM" ? itemCode : null,
                    siteCode: about === "SITE" ? siteCode : null,
                    caseId: about === "CASE" ? caseId : null,
                    text: text.trim(),
                    contactPhone: phone.trim() || null,
                    publishable,
                  },
                })
                .then((done) => {
                  if (done) setReceipt(done.submitMessage);
                });
            }}
          >
            <fieldset className="choices">
              <legend>{t("messages.about")}</legend>
              {(["ITEM", "SITE", ...(citizen ? ["CASE" as const] : [])] as MessageAbout[]).map(
                (value) => (
                  <label key={value} className="choice">
                    <input
                      type="radio"
                      name="about"
                      value={value}
                      checked={about === value}
                      onChange={() => setAbout(value)}
                    />{" "}
                    {tMaybe(`messages.about${value}`, value)}
                  </label>
                ),
              )}
            </fieldset>
            {targets.loading && <Loading />}
            <ErrorNotice error={targets.error} />
            {about === "ITEM" && targets.data && (
              <div className="field">
                <label htmlFor="message-item">{t("messages.item")}</label>
                <select
                  id="message-item"
                  required
                  value={itemCode}
                  onChange={(event) => setItemCode(event.target.value)}
                >
                  <option value="">{t("messages.choose")}</option>
                  {items.map((item) => (
                    <option key={item.code} value={item.code}>
                      {item.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {about === "SITE" && targets.data && (
              <div className="field">
                <label htmlFor="message-site">{t("messages.site")}</label>
                <select
                  id="message-site"
                  required
                  value={siteCode}
                  onChange={(event) => setSiteCode(event.target.value)}
                >
                  <option value="">{t("messages.choose")}</option>
                  {sites.map((site) => (
                    <option key={site.code} value={site.code}>
                      {site.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {about === "CASE" && (
              <div className="field">
                <label htmlFor="message-case">{t("messages.case")}</label>
                <select
                  id="message-case"
                  required
                  value={caseId}
                  onChange={(event) => setCaseId(event.target.value)}
                >
                  <option value="">{t("messages.choose")}</option>
                  {myCases.data?.cases.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.itemName} · {node.number}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor="message-text">{t("messages.text")}</label>
              <textarea
                id="message-text"
                required
                minLength={5}
                maxLength={1000}
                rows={5}
                aria-describedby="message-text-help"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <p id="message-text-help" className="hint">
                {t("messages.textHelp", { left: 1000 - text.length })}
              </p>
            </div>
            <div className="field">
              <label htmlFor="message-phone">{t("messages.phone")}</label>
              <input
                id="message-phone"
                type="tel"
                inputMode="numeric"
                autoComplete="tel"
                pattern="1[3-9][0-9]{9}"
                aria-describedby="message-phone-help"
                value={phone}
                onChange={(event) => setPhone(event.target.value)}
              />
              <p id="message-phone-help" className="hint">
                {t("messages.phoneHelp")}
              </p>
            </div>
            <label className="choice">
              <input
                type="checkbox"
                checked={publishable}
                onChange={(event) => setPublishable(event.target.checked)}
              />{" "}
              {t("messages.publishable")}
            </label>
            <SubmitError error={submit.error} />
            <div className="actions">
              <button type="submit" className="primary" disabled={submit.pending}>
                {t("messages.send")}
              </button>
            </div>
          </form>
        )}
      </section>

      {!citizen && <ByReceipt initial={receipt?.receipt ?? ""} key={receipt?.receipt ?? ""} />}

      {items.length > 0 && (
        <section className="panel" aria-labelledby="departments">
          <h2 id="departments">{t("messages.statsTitle")}</h2>
          <div className="table-scroll">
            <table className="list message-stats">
              <caption>{t("messages.statsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("messages.statsDepartment")}</th>
                  <th scope="col">{t("messages.statsReceived")}</th>
                  <th scope="col">{t("messages.statsOnTime")}</th>
                  <th scope="col">{t("messages.statsOverdue")}</th>
                  <th scope="col">{t("messages.statsRating")}</th>
                </tr>
              </thead>
              <tbody>
                {[...new Set(items.map((item) => item.department))].sort().map((department) => (
                  <DepartmentRow key={department} department={department} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section className="panel" aria-labelledby="published">
        <h2 id="published">
          {itemFilter
            ? t("messages.publishedAbout", { name: itemName(itemFilter) })
            : t("messages.publishedTitle")}
        </h2>
        {published.loading && <Loading />}
        <ErrorNotice error={published.error} />
        {published.data?.publishedMessages.edges.length === 0 && <p>{t("messages.noneYet")}</p>}
        <ul className="messages">
          {published.data?.publishedMessages.edges.map(({ node }) => (
            <li key={node.number} className="message" data-message={node.number}>
              <h3>{node.about === "SITE" ? siteName(node.siteCode) : itemName(node.itemCode)}</h3>
              <p className="small">
                {t("messages.number", { number: node.number })}
                {" · "}
                {t("messages.askedOn", { date: node.askedOn })}
              </p>
              <p className="question">{node.question}</p>
              <div className="answer">
                <strong>
                  <Dept code={node.department} />
                  {t("messages.answered", { date: node.answeredOn })}
                </strong>
                <p>{node.answer}</p>
                <p className="small">
                  {node.answeredOnTime ? t("messages.onTime") : t("messages.late")}
                  {node.rating ? ` · ${t("messages.rating", { score: node.rating })}` : ""}
                </p>
              </div>
            </li>
          ))}
        </ul>
        {published.data?.publishedMessages.pageInfo.hasNextPage && (
          <button
            type="button"
            onClick={() =>
              setListAfter(published.data?.publishedMessages.pageInfo.endCursor ?? null)
            }
          >
            {t("common.nextPage")}
          </button>
        )}
      </section>
    </section>
  );
}
