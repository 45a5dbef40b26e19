import { useI18n } from "../../i18n/i18n";
import { formatTime } from "../../ui/format";
import { Dept } from "../../ui/tags";
import type { CaseEvent } from "./case-types";

export interface Verification {
  ok: boolean;
  checked: number;
  firstFailedEventId: string | null;
  reason: string | null;
}

/**
 * The case's sealed steps, oldest first; with a verification (verifyCase), each step says
 * whether its seal checked out, the first failing one with the hub's reason.
 */
export function CaseHistory({
  history,
  verification,
}: {
  history: CaseEvent[];
  verification?: Verification | null;
}) {
  const { t, tMaybe, lang } = useI18n();
  const failedAt = verification?.firstFailedEventId
    ? history.findIndex((event) => event.id === verification.firstFailedEventId)
    : -1;
  const sealOf = (index: number) => {
    if (!verification) return null;
    if (verification.ok || failedAt < 0 || index < failedAt) {
      return <span className="seal seal-ok">{t("history.sealOk")}</span>;
    }
    if (index === failedAt) {
      return (
        <span className="seal seal-bad">
          {t("history.sealBad", { reason: verification.reason ?? "" })}
        </span>
      );
    }
    return <span className="seal seal-unchecked">{t("history.sealUnchecked")}</span>;
  };
  return (
    <ol className="history">
      {history.map((event, index) => (
        <li key={event.id} data-event={event.action}>
          <div className="history-head">
            <strong>{tMaybe(`action.${event.action}`, event.action)}</strong>
            <time dateTime={event.at}>{formatTime(event.at, lang)}</time>
            {sealOf(index)}
          </div>
          <div className="history-body">
            {tMaybe(`roles.${event.actorRole}`, event.actorRole)}
            {event.actorDept && (
              <>
                {" · "}
                <Dept code={event.actorDept} />
              </>
            )}
            {event.actorSite && <span className="mono">{event.actorSite}</span>}
            {" → "}
            {tMaybe(`caseStatus.${event.toStatus}`, event.toStatus)}
          </div>
          {event.opinion && (
            <p className="opinion">{t("history.opinion", { opinion: event.opinion })}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
