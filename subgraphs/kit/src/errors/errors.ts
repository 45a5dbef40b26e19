import { GraphQLError } from "graphql";

/** The error codes of CONTRACT.md; clients switch on these, never on messages. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED_FIELD_OR_TYPE: "UNAUTHORIZED_FIELD_OR_TYPE",
  PURPOSE_REQUIRED: "PURPOSE_REQUIRED",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
};

/** An expected failure: its message is meant for the caller and survives production masking. */
export class HubError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    const status = httpStatus[code];
    super(message, {
      extensions: { ...details, code, ...(status ? { http: { status } } : {}) },
    });
    this.name = code;
  }
}

export class UnauthenticatedError extends HubError {
  constructor(message = "a valid access token is required") {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends HubError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** A data item the caller may not read; the message names the item and the rule, no value. */
export class UnauthorizedFieldError extends HubError {
  constructor(item: string, rule: string) {
    super(ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE, `${item}: ${rule}`, { item });
  }
}

export class PurposeRequiredError extends HubError {
  constructor(item: string) {
    super(ErrorCode.PURPOSE_REQUIRED, `${item} is shared only for a purpose: send x-purpose`, {
      item,
    });
  }
}

export class BadUserInputError extends HubError {
  constructor(message: string, argument?: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...(argument ? { argument } : {}), ...details });
  }
}

export class NotFoundError extends HubError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found`);
  }
}

export class ConflictError extends HubError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class RateLimitedError extends HubError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `rate limit exceeded; retry in ${retryAfterSeconds}s`, {
      retryAfterSeconds,
    });
  }
}
