import { useEffect, useRef, useState } from "react";
import { useHub } from "../../app/hub";
import { completeOidcSignIn } from "../../app/oidc";
import { useRouter } from "../../app/router";
import { homeOf, sessionFromToken } from "../../app/session";
import { useI18n } from "../../i18n/i18n";
import { Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";

/** Where the identity provider sends the browser back with a code (OIDC, PKCE). */
export default function AuthCallbackPage() {
  const { config, signIn } = useHub();
  const { navigate, search } = useRouter();
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    // Once: the code can be exchanged only once (StrictMode runs effects twice in development).
    if (started.current || !config.oidc) return;
    started.current = true;
    completeOidcSignIn(config.oidc, search).then(
      (token) => {
        const session = token ? sessionFromToken(token) : null;
        if (!session) return setFailed(true);
        signIn(session);
        navigate(homeOf(session), { replace: true });
      },
      () => setFailed(true),
    );
  });
  return (
    <section>
      <PageTitle>{t("signIn.callbackTitle")}</PageTitle>
      {failed ? <p role="alert">{t("signIn.callbackFailed")}</p> : <Loading />}
    </section>
  );
}
