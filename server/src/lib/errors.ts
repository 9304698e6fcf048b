// Typed HTTP errors: throw anywhere, the error handler turns them into one problem document shape.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly title: string,
    readonly detail?: string,
    readonly parameter?: string,
    /** A problem type URI (default about:blank) and extension members the problem document carries (RFC 9457 §3.2). */
    readonly problem: { type?: string; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail ?? title);
  }
}

export class BadRequestError extends HttpError {
  constructor(detail: string, parameter?: string) {
    super(400, 'Bad Request', detail, parameter);
  }
}

export class NotFoundError extends HttpError {
  constructor(detail: string) {
    super(404, 'Not Found', detail);
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail = 'Sign in to do this.') {
    super(401, 'Unauthorized', detail);
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail = 'Your account may not do this.') {
    super(403, 'Forbidden', detail);
  }
}

export class ConflictError extends HttpError {
  constructor(detail: string, parameter?: string, problem: HttpError['problem'] = {}) {
    super(409, 'Conflict', detail, parameter, problem);
  }
}

/** A draft about to be discarded: a 404 when there is none, a 400 when it is no longer a draft ("Change 4 is published"). */
export function discardableDraft<T extends { state: string }>(row: T | undefined, what: string): T {
  const draft = found(row, what);
  if (draft.state !== 'draft') throw new BadRequestError(`${what.charAt(0).toUpperCase()}${what.slice(1)} is ${draft.state}, not a draft.`, 'id');
  return draft;
}

/** The value, or a 404 saying what was not found. */
export function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new NotFoundError(`No ${what}.`);
  return value;
}
