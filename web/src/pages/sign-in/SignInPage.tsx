import { useEffect, useState } from "react";
import { ApiError } from "../../api/client";
import { useHub } from "../../app/hub";
import { beginOidcSignIn } from "../../app/oidc";
import { useRouter } from "../../app/router";
import { gatewayOrigin } from "../../app/runtime-config";
import { homeOf, sessionFromToken } from "../../app/session";
import { useI18n } from "../../i18n/i18n";
import { ErrorNotice, Loading } from "../../ui/notice";
import { PageTitle } from "../../ui/page-title";

interface DemoIdentity {
  id: string;
  name: string;
  nameEn: string;
  roles: string[];
  dept?: string;
  site?: string;
}

/**
 * Sign-in. In production: the identity provider the gateway trusts (OIDC). In development:
 * the demo identities, whose tokens the gateway's development-only endpoint mints.
 */
export default function SignInPage() {
  const { config, session, signIn } = useHub();
  const { navigate } = useRouter();
  const { t, lang } = useI18n();
  const [identities, setIdentities] = useState<DemoIdentity[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!config.devSignIn) return;
    fetch(`${gatewayOrigin(config)}/dev/identities`, { credentials: "omit" })
      .then(async (response) => {
        if (!response.ok)
          throw new ApiError("HTTP_ERROR", String(response.status), response.status);
        setIdentities(((await response.json()) as { identities: DemoIdentity[] }).identities);
      })
      .catch((caught: unknown) =>
        setError(caught instanceof ApiError ? caught : new ApiError("NETWORK", String(caught), 0)),
      );
  }, [config]);

  async function signInAs(identity: DemoIdentity) {
    setError(null);
    try {
      const response = await fetch(`${gatewayOrigin(config)}/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: identity.id }),
        credentials: "omit",
      });
      const body = (await response.json()) as { token?: string };
      const next = body.token ? sessionFromToken(body.token) : null;
      if (!next) throw new ApiError("UNAUTHENTICATED", String(response.status), response.status);
      signIn(next);
      navigate(homeOf(next));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError("NETWORK", String(caught), 0));
    }
  }

  return (
    <section className="sign-in">
      <PageTitle>{t("signIn.title")}</PageTitle>
      {session && <p>{t("signIn.already")}</p>}
      {config.oidc && (
        <div className="panel">
          <h2>{t("signIn.oidcTitle")}</h2>
          <p>{t("signIn.oidcHelp")}</p>
          <button
            type="button"
            className="primary"
            onClick={() => void beginOidcSignIn(config.oidc!)}
          >
            {t("signIn.oidcButton")}
          </button>
        </div>
      )}
      {config.devSignIn && (
        <div className="panel">
          <h2>{t("signIn.devTitle")}</h2>
          <p className="hint">{t("signIn.devHelp")}</p>
          <ErrorNotice error={error} />
          {identities === null && !error && <Loading />}
          <ul className="identity-list">
            {identities?.map((identity) => (
              <li key={identity.id}>
                <button
                  type="button"
                  className="identity"
                  data-identity={identity.id}
                  onClick={() => void signInAs(identity)}
                >
                  {lang === "zh" ? identity.name : identity.nameEn}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!config.oidc && !config.devSignIn && <p role="alert">{t("signIn.none")}</p>}
    </section>
  );
}
