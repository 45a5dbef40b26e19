import type { TypedDocumentString } from "../graphql/generated/graphql";

/** An error the hub answered: its typed code (CONTRACT.md) and its words. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A field the caller may not read: null in the data, named here with the rule. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface Result<T> {
  data: T;
  fieldErrors: FieldError[];
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export interface ClientOptions {
  gatewayUrl: string;
  token: () => string | null;
  /** Called when the hub no longer accepts the token. */
  onUnauthenticated: () => void;
}

/**
 * The typed GraphQL client. Every operation is a document generated from the committed
 * supergraph; it is sent by its manifest id (persisted document), never as text, so a gateway
 * with trusted documents runs exactly what this app was built with. Only where a development
 * gateway does not know an id yet (a document added since it started) is the text sent.
 */
export class HubClient {
  constructor(private readonly options: ClientOptions) {}

  async execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    extra: { purpose?: string } = {},
  ): Promise<Result<TResult>> {
    const hash = String(document.__meta__?.hash ?? "").replace(/^sha256:/, "");
    const byId = { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    let body = await this.post<TResult>(byId, extra);
    if (body.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") {
      body = await this.post<TResult>({ query: document.toString(), variables }, extra);
    }
    const errors = body.errors ?? [];
    const whole = errors.find((e) => !e.path || e.path.length === 0);
    if (body.data == null || whole) {
      const first = whole ?? errors[0];
      const code = first?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
      if (code === "UNAUTHENTICATED") this.options.onUnauthenticated();
      throw new ApiError(code, first?.message ?? "no data", 200);
    }
    // A refused mutation answers null at its path: that is the operation's failure.
    const dataRecord = body.data as Record<string, unknown>;
    const rootFailure = errors.find(
      (e) => e.path?.length === 1 && dataRecord[String(e.path[0])] === null,
    );
    if (rootFailure) {
      throw new ApiError(rootFailure.extensions?.code ?? "ERROR", rootFailure.message, 200);
    }
    return {
      data: body.data,
      fieldErrors: errors.map((e) => ({
        path: (e.path ?? []).join("."),
        code: e.extensions?.code ?? "ERROR",
        message: e.message,
      })),
    };
  }

  private async post<TResult>(
    payload: unknown,
    extra: { purpose?: string },
  ): Promise<GraphQLBody<TResult>> {
    const token = this.options.token();
    const response = await fetch(this.options.gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(extra.purpose ? { "x-purpose": extra.purpose } : {}),
      },
      body: JSON.stringify(payload),
      // Bearer tokens only: never send or accept cookies.
      credentials: "omit",
    });
    let body: GraphQLBody<TResult>;
    try {
      body = (await response.json()) as GraphQLBody<TResult>;
    } catch {
      throw new ApiError("HTTP_ERROR", `the hub answered ${response.status}`, response.status);
    }
    if (response.status === 401) this.options.onUnauthenticated();
    return body;
  }

  /**
   * Streams a scan to the gateway's upload route (the file's bytes as the body, no base64):
   * the cases base stores it under the same rules as the uploadMaterial mutation.
   */
  async uploadScan(input: {
    caseId: string;
    expectedVersion: number;
    material: string;
    file: Blob;
  }): Promise<{ version: number; material: { status: string; sha256: string | null } }> {
    const url = new URL(`/uploads/cases/${input.caseId}`, this.options.gatewayUrl);
    url.searchParams.set("material", input.material);
    url.searchParams.set("expectedVersion", String(input.expectedVersion));
    const token = this.options.token();
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": input.file.type || "application/octet-stream",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: input.file,
      credentials: "omit",
    });
    const body = (await response.json().catch(() => ({}))) as {
      version?: number;
      material?: { status: string; sha256: string | null };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (!response.ok || body.version === undefined || !body.material) {
      const first = body.errors?.[0];
      if (response.status === 401) this.options.onUnauthenticated();
      throw new ApiError(
        first?.extensions?.code ?? "HTTP_ERROR",
        first?.message ?? `the hub answered ${response.status}`,
        response.status,
      );
    }
    return { version: body.version, material: body.material };
  }
}
