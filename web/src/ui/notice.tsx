import type { ApiError } from "../api/client";
import { useI18n } from "../i18n/i18n";

/** A refusal or failure from the hub: what kind (by its typed code) and the hub's own words. */
export function ErrorNotice({ error }: { error: ApiError | null }) {
  const { t, tMaybe } = useI18n();
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{tMaybe(`errors.${error.code}`, t("errors.OTHER"))}</strong>
      <span className="notice-detail">{error.message}</span>
      {error.code === "CONFLICT" && (
        // Someone changed it meanwhile: the page as it now is, loaded afresh.
        <a className="notice-detail" href={window.location.pathname + window.location.search}>
          {t("errors.reload")}
        </a>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t("common.loading")}
    </p>
  );
}

export function Done({ children }: { children: string }) {
  return (
    <p className="notice notice-ok" role="status">
      {children}
    </p>
  );
}
