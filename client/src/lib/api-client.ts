// The one way the client talks to the API: fetch, parse with the shared schema, turn a problem document into an ApiError.
import type { z } from 'zod';
import type * as ApiSchemas from '@ccm/shared/schemas/api';
import type { Problem } from '@ccm/shared/schemas/common';
import { currentLanguage } from '../i18n/index.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

/** `path` with ?lang= set, unless it names a language already. */
export function withLanguageParam(path: string, lang: string): string {
  const url = new URL(path, 'http://api.invalid');
  if (!url.searchParams.has('lang')) url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A response schema, or where to find it among the API's schemas (or another schema module, imported there). The
 * schemas, and zod with them, are chunks of their own, loaded with the first request rather than with the page: a
 * prerendered page hydrates from the answers it came with, and no page needs them before its first answer arrives.
 */
export type SchemaRef<T extends z.ZodType> = T | ((schemas: typeof ApiSchemas) => T | Promise<T>);

const resolveSchema = async <T extends z.ZodType>(schema: SchemaRef<T>): Promise<T> =>
  typeof schema === 'function' ? await schema(await import('@ccm/shared/schemas/api')) : schema;

/**
 * The body as JSON; null when it is empty or not JSON (an HTML error page from a proxy, a 502): a status and a problem
 * document, never a SyntaxError, reach the page.
 */
export async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * How a refused request becomes an error: the API's problem document, when the body is one. The schemas load with the
 * first refusal (zod stays out of the first bundle).
 */
export type ErrorOf = (status: number, body: unknown) => Error | Promise<Error>;
const apiErrorOf: ErrorOf = async (status, body) => {
  const { ProblemSchema } = await import('@ccm/shared/schemas/common');
  const problem = ProblemSchema.safeParse(body);
  return new ApiError(status, problem.success ? problem.data : null);
};

/** How a request reaches the API: the network in the browser; the prerenderer answers in-process on the server. */
export type ApiFetch = (path: string, init: RequestInit) => Promise<Response>;
let apiFetch: ApiFetch = (path, init) => fetch(path, init);

/** Sends the client's requests through `next` from now on (the prerenderer's in-process fetch, a static snapshot's files). */
export function setApiFetch(next: ApiFetch): void {
  apiFetch = next;
}

/** fetch, then any answer that is not 2xx thrown as the error `errorOf` makes of it (an ApiError by default). */
export async function fetchOk(path: string, init: RequestInit = {}, errorOf: ErrorOf = apiErrorOf): Promise<Response> {
  const response = await apiFetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  if (!response.ok) throw await errorOf(response.status, await jsonOf(response));
  return response;
}

/** A request whose answer is parsed with the shared schema: the one way the pages and the workspace read the API. */
export async function request<T extends z.ZodType>(path: string, schema: SchemaRef<T>, init?: RequestInit, errorOf?: ErrorOf): Promise<z.infer<T>> {
  const [response, resolved] = await Promise.all([fetchOk(path, init, errorOf), resolveSchema(schema)]);
  return resolved.parse(await jsonOf(response));
}

export interface GetOptions {
  /** The language of the texts (titles, summaries, status reasons); the interface's by default. */
  lang?: string;
}

export const apiClient = {
  // Texts come in the interface's language (?lang=, which also keeps each language's answer apart in HTTP caches).
  get: <T extends z.ZodType>(path: string, schema: SchemaRef<T>, { lang = currentLanguage() }: GetOptions = {}) =>
    request(withLanguageParam(path, lang), schema),
  post: <T extends z.ZodType>(path: string, body: unknown, schema: SchemaRef<T>) =>
    request(path, schema, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
};
