// Request size limits, in one place: the app applies them, the error messages quote them.

/** Largest request body (JSON or a CSV import). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** Longer request targets are answered 414 (Node itself answers 431 when the request line and headers pass 16 KB). */
export const MAX_URL_LENGTH = 4096;
/** Fastify's limit on one path parameter (an indicator id, a cycle code); longer ones are answered 414. */
export const MAX_PARAM_LENGTH = 100;
