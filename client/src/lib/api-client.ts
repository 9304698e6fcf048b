// The one way the client talks to the API: fetch, parse with the shared schema, turn a problem document into an ApiError.
import type { z } from 'zod';
import { ProblemSchema, type Problem } from '@ccm/shared/schemas/common';
import i18n from '../i18n/index.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

async function request<T extends z.ZodType>(path: string, schema: T, init?: RequestInit): Promise<z.infer<T>> {
  // Texts (titles, summaries) come in the interface's language, not whatever the browser prefers.
  const headers = { Accept: 'application/json', 'Accept-Language': i18n.language || 'en', ...init?.headers };
  const response = await fetch(path, { ...init, headers });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    throw new ApiError(response.status, problem.success ? problem.data : null);
  }
  return schema.parse(body);
}

export const apiClient = {
  get: <T extends z.ZodType>(path: string, schema: T) => request(path, schema),
  post: <T extends z.ZodType>(path: string, body: unknown, schema: T) =>
    request(path, schema, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
};
