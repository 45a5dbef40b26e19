import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { ApiError, HubClient, type FieldError } from "../api/client";
import type { TypedDocumentString } from "../graphql/generated/graphql";
import type { RuntimeConfig } from "./runtime-config";
import { clearSession, loadSession, saveSession, type Session } from "./session";

interface HubState {
  config: RuntimeConfig;
  session: Session | null;
  client: HubClient;
  signIn: (session: Session) => void;
  signOut: () => void;
}

const HubContext = createContext<HubState | null>(null);

/** The runtime config, the signed-in session and the typed client, for every page. */
export function HubProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const [client] = useState(
    () =>
      new HubClient({
        gatewayUrl: config.gatewayUrl,
        token: () => sessionRef.current?.token ?? null,
        onUnauthenticated: () => {
          clearSession();
          setSession(null);
        },
      }),
  );
  const signIn = (next: Session) => {
    saveSession(next);
    setSession(next);
  };
  const signOut = () => {
    clearSession();
    setSession(null);
  };
  return (
    <HubContext.Provider value={{ config, session, client, signIn, signOut }}>
      {children}
    </HubContext.Provider>
  );
}

export function useHub(): HubState {
  const state = useContext(HubContext);
  if (!state) throw new Error("useHub outside <HubProvider>");
  return state;
}

/** The signed-in session on a page that requires one (the app routes others to sign-in). */
export function useSession(): Session {
  const { session } = useHub();
  if (!session) throw new Error("no session");
  return session;
}

export interface QueryState<T> {
  data: T | null;
  fieldErrors: FieldError[];
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; `skip` waits for input. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean; purpose?: string } = {},
): QueryState<TResult> {
  const { client } = useHub();
  const [state, setState] = useState<Omit<QueryState<TResult>, "reload">>({
    data: null,
    fieldErrors: [],
    error: null,
    loading: !options.skip,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([variables, options.purpose, options.skip]);
  useEffect(() => {
    if (options.skip) return;
    let live = true;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    client.execute(document, variables, { purpose: options.purpose }).then(
      (result) => {
        if (live)
          setState({
            data: result.data,
            fieldErrors: result.fieldErrors,
            error: null,
            loading: false,
          });
      },
      (error: unknown) => {
        if (live)
          setState({
            data: null,
            fieldErrors: [],
            error: error instanceof ApiError ? error : new ApiError("NETWORK", String(error), 0),
            loading: false,
          });
      },
    );
    return () => {
      live = false;
    };
    // The key stands for the variables: a new object with the same values runs nothing.
  }, [key, generation, document, client]);
  return { ...state, reload: () => setGeneration((g) => g + 1) };
}

/** Runs a mutation on demand: its pending state and its last error. */
export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): {
  run: (variables: TVariables) => Promise<TResult | null>;
  pending: boolean;
  error: ApiError | null;
  reset: () => void;
} {
  const { client } = useHub();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (variables: TVariables) => {
    setPending(true);
    setError(null);
    try {
      return (await client.execute(document, variables)).data;
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError("NETWORK", String(caught), 0));
      return null;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error, reset: () => setError(null) };
}
