import { lazy, Suspense, useEffect, type ComponentType } from "react";
import { useI18n } from "../i18n/i18n";
import { Loading } from "../ui/notice";
import { useHub } from "./hub";
import { Link, match, useRouter } from "./router";
import { hasRole, homeOf, type Role, type Session } from "./session";

// Each page is its own chunk: a counter loads the counter, not the auditor's console.
const SignInPage = lazy(() => import("../pages/sign-in/SignInPage"));
const AuthCallbackPage = lazy(() => import("../pages/sign-in/AuthCallbackPage"));
const CounterPage = lazy(() => import("../pages/counter/CounterPage"));
const CounterCasePage = lazy(() => import("../pages/counter/CounterCasePage"));
const OfficePage = lazy(() => import("../pages/office/OfficePage"));
const OfficeCasePage = lazy(() => import("../pages/office/OfficeCasePage"));
const DataOfficerPage = lazy(() => import("../pages/data/DataOfficerPage"));
const AuditorPage = lazy(() => import("../pages/audit/AuditorPage"));
const ResidentPage = lazy(() => import("../pages/resident/ResidentPage"));
const CatalogPage = lazy(() => import("../pages/catalog/CatalogPage"));
const NoticePage = lazy(() => import("../pages/public/NoticePage"));
const ResultsPage = lazy(() => import("../pages/public/ResultsPage"));
const MessagesPage = lazy(() => import("../pages/public/MessagesPage"));
const CheckpointsPage = lazy(() => import("../pages/public/CheckpointsPage"));
const MessageInboxPage = lazy(() => import("../pages/office/MessageInboxPage"));

interface Route {
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
  /** Who may open it (the hub decides every request anyway); none: any signed-in user. */
  roles?: Role[];
  /** The kiosk view: large type and high contrast. */
  kiosk?: boolean;
  /** 阳光红页: open without signing in (the hub answers a caller without a token). */
  public?: boolean;
}

const ROUTES: Route[] = [
  { path: "/counter", page: CounterPage, roles: ["agent"] },
  { path: "/counter/cases/:id", page: CounterCasePage, roles: ["agent"] },
  { path: "/office", page: OfficePage, roles: ["clerk", "approver"] },
  { path: "/office/cases/:id", page: OfficeCasePage, roles: ["clerk", "approver"] },
  { path: "/office/messages", page: MessageInboxPage, roles: ["clerk", "approver"] },
  { path: "/data", page: DataOfficerPage, roles: ["data-officer"] },
  { path: "/audit", page: AuditorPage, roles: ["auditor"] },
  { path: "/me", page: ResidentPage, roles: ["citizen"], kiosk: true },
  { path: "/catalog", page: CatalogPage, public: true },
  { path: "/catalog/:code", page: CatalogPage, public: true },
  { path: "/catalog/:code/notice", page: NoticePage, public: true },
  { path: "/catalog/:code/results", page: ResultsPage, public: true },
  { path: "/messages", page: MessagesPage, public: true },
  { path: "/checkpoints", page: CheckpointsPage, public: true },
];

const NAV: {
  to: string;
  key: "nav.counter" | "nav.office" | "nav.inbox" | "nav.data" | "nav.audit" | "nav.me";
  roles: Role[];
}[] = [
  { to: "/counter", key: "nav.counter", roles: ["agent"] },
  { to: "/office", key: "nav.office", roles: ["clerk", "approver"] },
  { to: "/office/messages", key: "nav.inbox", roles: ["clerk", "approver"] },
  { to: "/data", key: "nav.data", roles: ["data-officer"] },
  { to: "/audit", key: "nav.audit", roles: ["auditor"] },
  { to: "/me", key: "nav.me", roles: ["citizen"] },
];

function Header({ session }: { session: Session | null }) {
  const { t, lang, setLang, tMaybe } = useI18n();
  const { signOut } = useHub();
  const { navigate } = useRouter();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          {t("app.mark")}
        </span>
        <span className="brand-name">{t("app.title")}</span>
      </div>
      <nav aria-label={t("nav.label")} className="app-nav">
        {session &&
          NAV.filter((item) => hasRole(session, ...item.roles)).map((item) => (
            <Link key={item.to} to={item.to}>
              {t(item.key)}
            </Link>
          ))}
        <Link to="/catalog">{t("nav.catalog")}</Link>
        <Link to="/messages">{t("nav.messages")}</Link>
        <Link to="/checkpoints">{t("nav.checkpoints")}</Link>
      </nav>
      <div className="header-tools">
        <button
          type="button"
          className="lang-switch"
          onClick={() => setLang(lang === "zh" ? "en" : "zh")}
          lang={lang === "zh" ? "en" : "zh-CN"}
        >
          {t("app.otherLanguage")}
        </button>
        {!session && (
          <Link to="/sign-in" className="sign-in-link">
            {t("nav.signIn")}
          </Link>
        )}
        {session && (
          <>
            <span className="who" data-testid="who">
              {session.claims.dept
                ? tMaybe(`dept.${session.claims.dept}`, session.claims.dept)
                : t("roles.citizen")}
              {" · "}
              {session.claims.roles.map((role) => tMaybe(`roles.${role}`, role)).join("、")}
            </span>
            <button
              type="button"
              onClick={() => {
                signOut();
                navigate("/sign-in");
              }}
            >
              {t("app.signOut")}
            </button>
          </>
        )}
      </div>
    </header>
  );
}

export function App() {
  const { session } = useHub();
  const { path, navigate } = useRouter();
  const { t } = useI18n();

  const open = path === "/sign-in" || path === "/auth/callback";
  const found = ROUTES.map((route) => ({ route, params: match(route.path, path) })).find(
    (candidate) => candidate.params !== null,
  );
  const isPublic = !!found?.route.public;
  const allowed =
    isPublic || (!!session && (!found?.route.roles || hasRole(session, ...found.route.roles)));
  useEffect(() => {
    if (open || isPublic) return;
    if (!session) navigate("/sign-in", { replace: true });
    else if (!found || !allowed) navigate(homeOf(session), { replace: true });
  }, [open, isPublic, session, found, allowed, navigate]);

  const kiosk = !!found?.route.kiosk && allowed;
  useEffect(() => {
    document.body.classList.toggle("kiosk", kiosk);
  }, [kiosk]);
  // The public pages (阳光红页) in large type for everyone.
  useEffect(() => {
    document.body.classList.toggle("public", isPublic);
  }, [isPublic]);

  let page = null;
  if (path === "/sign-in") page = <SignInPage />;
  else if (path === "/auth/callback") page = <AuthCallbackPage />;
  else if (found && allowed) {
    const Page = found.route.page;
    page = <Page params={found.params!} />;
  }
  return (
    <>
      <Header session={open ? null : session} />
      <main id="main" className="app-main" aria-label={t("app.main")}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </main>
    </>
  );
}
