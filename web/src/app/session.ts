/**
 * The signed-in user's access token, kept in sessionStorage (this tab only, gone when it
 * closes), never in a cookie: nothing is sent to any server unless the app puts it in an
 * Authorization header. The claims are decoded for display and for choosing pages only; the
 * gateway verifies the token and decides every request.
 */
export interface Claims {
  sub: string;
  dept: string | null;
  roles: string[];
  site: string | null;
  exp: number;
}

export interface Session {
  token: string;
  claims: Claims;
}

const KEY = "gongxiang.session";

function decodeClaims(token: string): Claims | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (typeof raw.sub !== "string" || typeof raw.exp !== "number") return null;
    return {
      sub: raw.sub,
      dept: typeof raw.dept === "string" ? raw.dept : null,
      roles: Array.isArray(raw.roles) ? raw.roles.filter((r) => typeof r === "string") : [],
      site: typeof raw.site === "string" ? raw.site : null,
      exp: raw.exp,
    };
  } catch {
    return null;
  }
}

export function sessionFromToken(token: string): Session | null {
  const claims = decodeClaims(token);
  return claims ? { token, claims } : null;
}

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  const session = token ? sessionFromToken(token) : null;
  if (!session || session.claims.exp * 1000 <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, session.token);
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

export type Role = "agent" | "clerk" | "approver" | "data-officer" | "auditor" | "citizen";

export const hasRole = (session: Session | null, ...roles: Role[]) =>
  !!session && roles.some((role) => session.claims.roles.includes(role));

/** The page a user starts on. */
export function homeOf(session: Session): string {
  if (hasRole(session, "agent")) return "/counter";
  if (hasRole(session, "clerk", "approver")) return "/office";
  if (hasRole(session, "data-officer")) return "/data";
  if (hasRole(session, "auditor")) return "/audit";
  if (hasRole(session, "citizen")) return "/me";
  return "/catalog";
}
