// Fetch for the workspace: JSON, CSV or file (.xlsx) bodies, any method, an empty 204; a problem document becomes the shared ApiError
// (with the problems it lists by section, row and field, when it lists them, as a refused plan file does).
import { z } from 'zod';
import { ProblemSchema, type Problem } from '@ccm/shared/schemas/common';
import { PlanProblemSchema, type PlanProblem } from '@ccm/shared/schemas/plans';
import { DRAFT_CONFLICT_PROBLEM_TYPE, DraftConflictProblemSchema, type DraftConflict } from '@ccm/shared/schemas/workspace';
import { ApiError } from '../../../lib/api-client.ts';

/** A refused workspace write whose problem document lists every problem found (e.g. a plan file: row and field). */
export class ListedProblemsError extends ApiError {
  constructor(
    status: number,
    problem: Problem | null,
    readonly problems: readonly PlanProblem[],
  ) {
    super(status, problem);
  }
}

/** The problems a refusal lists; none for any other error. */
export const listedProblemsOf = (error: unknown): readonly PlanProblem[] => (error instanceof ListedProblemsError ? error.problems : []);

const ListedProblemsSchema = z.object({ problems: z.array(PlanProblemSchema) });

/** A save refused (409) because a colleague's newer change would be replaced unseen: theirs and yours, to choose. */
export class DraftConflictError extends ApiError {
  constructor(
    status: number,
    problem: Problem | null,
    readonly conflict: DraftConflict,
  ) {
    super(status, problem);
  }
}

/** The conflict a refused save names; null for any other error. */
export const draftConflictOf = (error: unknown): DraftConflict | null => (error instanceof DraftConflictError ? error.conflict : null);

export interface WorkspaceRequestInit {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as text/csv. */
  csv?: string;
  /** Sent as it is, with its own type (an .xlsx workbook). */
  file?: Blob;
}

async function send(path: string, { method = 'GET', json, csv, file }: WorkspaceRequestInit): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | Blob | undefined;
  if (file !== undefined) {
    headers['Content-Type'] = file.type;
    body = file;
  } else if (csv !== undefined) {
    headers['Content-Type'] = 'text/csv';
    body = csv;
  } else if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  // Same-origin credentials carry the session cookie; the server refuses writes from any other origin.
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    const problem = ProblemSchema.safeParse(parsed);
    const listed = ListedProblemsSchema.safeParse(parsed);
    const conflict = DraftConflictProblemSchema.safeParse(parsed);
    if (conflict.success && conflict.data.type === DRAFT_CONFLICT_PROBLEM_TYPE) throw new DraftConflictError(response.status, conflict.data, conflict.data.draftConflict);
    if (listed.success) throw new ListedProblemsError(response.status, problem.success ? problem.data : null, listed.data.problems);
    throw new ApiError(response.status, problem.success ? problem.data : null);
  }
  return response;
}

/** A request whose answer is parsed with the shared schema. */
export async function workspaceRequest<T extends z.ZodType>(path: string, schema: T, init: WorkspaceRequestInit = {}): Promise<z.infer<T>> {
  const response = await send(path, init);
  const text = await response.text();
  return schema.parse(text ? JSON.parse(text) : null);
}

/** A request answered with 204 No Content. */
export async function workspaceCommand(path: string, init: WorkspaceRequestInit): Promise<void> {
  await send(path, init);
}

export const WORKSPACE_API = '/api/v1/workspace';
export const AUTH_API = '/api/v1/auth';
