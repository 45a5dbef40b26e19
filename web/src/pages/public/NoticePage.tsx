import { useEffect, useState } from "react";
import { OneTimeNoticeQuery } from "../../api/public";
import { useQuery } from "../../app/hub";
import { Link } from "../../app/router";
import { catalogLanguage, useI18n } from "../../i18n/i18n";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";

/**
 * 一次性告知单: everything to bring for an item, once, as the catalog prints it. The printable
 * page is the one the hub composes (oneTimeNotice.html): saved as a file to print or keep.
 */
export default function NoticePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const code = params.code ?? "";
  const notice = useQuery(OneTimeNoticeQuery, { code, language: catalogLanguage(lang) });
  const html = notice.data?.oneTimeNotice?.html ?? null;
  const [printable, setPrintable] = useState<string | null>(null);
  useEffect(() => {
    if (!html) return;
    const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
    setPrintable(url);
    return () => URL.revokeObjectURL(url);
  }, [html]);
  const name = notice.data?.serviceItem?.name;
  return (
    <section>
      <PageTitle>{name ? t("notice.titleOf", { name }) : t("notice.title")}</PageTitle>
      <p className="no-print">
        <Link to={`/catalog/${encodeURIComponent(code)}`}>{t("notice.back")}</Link>
      </p>
      {notice.loading && <Loading />}
      <ErrorNotice error={notice.error} />
      {notice.data && !notice.data.oneTimeNotice && <p>{t("notice.none")}</p>}
      {notice.data?.oneTimeNotice && (
        <>
          <div className="actions no-print">
            <button type="button" onClick={() => window.print()}>
              {t("notice.print")}
            </button>
            {printable && (
              <a className="button-link" href={printable} download={`${code}-notice.html`}>
                {t("notice.download")}
              </a>
            )}
          </div>
          <p className="hint no-print">{t("notice.help")}</p>
          <pre className="panel notice-text" data-testid="notice-text">
            {notice.data.oneTimeNotice.text}
          </pre>
        </>
      )}
    </section>
  );
}
