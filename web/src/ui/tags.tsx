import { useI18n } from "../i18n/i18n";

/** A case's status in words. */
export function StatusTag({ status }: { status: string }) {
  const { tMaybe } = useI18n();
  return (
    <span className={`tag status-${status.toLowerCase()}`}>
      {tMaybe(`caseStatus.${status}`, status)}
    </span>
  );
}

/** Supervision: the colour card (绿/黄/红牌) with its name, never colour alone. */
export function SupervisionTag({ supervision }: { supervision: string }) {
  const { tMaybe } = useI18n();
  if (supervision === "NONE") return null;
  return (
    <span className={`tag supervision supervision-${supervision.toLowerCase()}`}>
      {tMaybe(`supervision.${supervision}`, supervision)}
    </span>
  );
}

/** A department's name. */
export function Dept({ code }: { code: string | null | undefined }) {
  const { tMaybe } = useI18n();
  if (!code) return null;
  return <>{tMaybe(`dept.${code}`, code)}</>;
}
