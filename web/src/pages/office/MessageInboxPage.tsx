import { useState } from "react";
import { AnswerMessageMutation, MessageInboxQuery } from "../../api/messages";
import { DepartmentItemsQuery } from "../../api/office";
import { useMutation, useQuery, useSession } from "../../app/hub";
import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { Done, ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";
import { SupervisionTag } from "../../ui/tags";

interface InboxMessage {
  id: string;
  number: string;
  publishable: boolean;
}

/** One message's answer: published only when the writer allowed it and the official chooses so. */
function AnswerForm({ message, onAnswered }: { message: InboxMessage; onAnswered: () => void }) {
  const { t } = useI18n();
  const answer = useMutation(AnswerMessageMutation);
  const [text, setText] = useState("");
  const [publish, setPublish] = useState(message.publishable);
  const id = `answer-${message.id}`;
  return (
    <form
      className="answer-form"
      onSubmit={(event) => {
        event.preventDefault();
        void answer
          .run({ id: message.id, answer: text.trim(), publish: publish && message.publishable })
          .then((done) => {
            if (done) onAnswered();
          });
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t("inbox.answerLabel", { number: message.number })}</label>
        <textarea
          id={id}
          required
          minLength={2}
          maxLength={2000}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={publish && message.publishable}
          disabled={!message.publishable}
          aria-describedby={`${id}-publish-help`}
          onChange={(event) => setPublish(event.target.checked)}
        />{" "}
        {t("inbox.publish")}
      </label>
      <p id={`${id}-publish-help`} className="hint">
        {message.publishable ? t("inbox.publishHelp") : t("inbox.notPublishable")}
      </p>
      <ErrorNotice error={answer.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={answer.pending}>
          {t("inbox.send")}
        </button>
      </div>
    </form>
  );
}

/**
 * 我有话说 for a department: the messages routed to it, the oldest due first in colour (绿/黄/红牌
 * by the reply deadline), answered here; the writer's contact phone is read (and logged) for
 * the department only.
 */
export default function MessageInboxPage() {
  const { t, tMaybe, lang } = useI18n();
  const session = useSession();
  const items = useQuery(
    DepartmentItemsQuery,
    { department: session.claims.dept ?? "" },
    { skip: !session.claims.dept },
  );
  const itemName = (code: string) =>
    items.data?.serviceItems.edges.find(({ node }) => node.code === code)?.node.name ?? code;
  const [answered, setAnswered] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const inbox = useQuery(MessageInboxQuery, { answered, after });
  const [done, setDone] = useState<string | null>(null);
  const page = inbox.data?.messageInbox;
  return (
    <section>
      <PageTitle>{t("inbox.title")}</PageTitle>
      <div className="filters" role="group" aria-label={t("inbox.show")}>
        <button
          type="button"
          aria-pressed={!answered}
          onClick={() => {
            setAnswered(false);
            setAfter(null);
          }}
        >
          {t("inbox.open")}
        </button>
        <button
          type="button"
          aria-pressed={answered}
          onClick={() => {
            setAnswered(true);
            setAfter(null);
          }}
        >
          {t("inbox.answered")}
        </button>
      </div>
      {done && <Done>{done}</Done>}
      {inbox.loading && <Loading />}
      <ErrorNotice error={inbox.error} />
      {page && page.edges.length === 0 && <p>{t("inbox.none")}</p>}
      <ul className="messages">
        {page?.edges.map(({ node }) => (
          <li
            key={node.id}
            className={`message row-${node.supervision.toLowerCase()}`}
            data-message={node.number}
          >
            <h2 className="message-title">
              {t("messages.number", { number: node.number })}{" "}
              <SupervisionTag supervision={node.supervision} />
            </h2>
            <dl className="facts">
              <div>
                <dt>{t("messages.about")}</dt>
                <dd>
                  {tMaybe(`messages.about${node.about}`, node.about)}
                  {" · "}
                  {node.itemCode ? (
                    itemName(node.itemCode)
                  ) : (
                    <span className="mono">{node.siteCode ?? node.caseId ?? ""}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t("inbox.received")}</dt>
                <dd>{formatTime(node.createdAt, lang)}</dd>
              </div>
              <div>
                <dt>{t("inbox.due")}</dt>
                <dd>{node.dueOn}</dd>
              </div>
              <div>
                <dt>{t("inbox.contact")}</dt>
                <dd className="mono">{node.contactPhone ?? t("inbox.noContact")}</dd>
              </div>
              <div>
                <dt>{t("inbox.consent")}</dt>
                <dd>{node.publishable ? t("inbox.consentYes") : t("inbox.consentNo")}</dd>
              </div>
            </dl>
            <p className="question">{node.question}</p>
            {node.answer ? (
              <div className="answer">
                <strong>{t("messages.answer")}</strong>
                <p>{node.answer}</p>
                <p className="small">
                  {node.answeredAt && formatTime(node.answeredAt, lang)}
                  {" · "}
                  {node.published ? t("inbox.published") : t("inbox.notPublished")}
                  {node.rating ? ` · ${t("messages.rating", { score: node.rating })}` : ""}
                </p>
              </div>
            ) : (
              <AnswerForm
                message={node}
                onAnswered={() => {
                  setDone(t("inbox.sent", { number: node.number }));
                  inbox.reload();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {page?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
          {t("common.nextPage")}
        </button>
      )}
    </section>
  );
}
