// Fetch for the workspace: JSON, CSV or file (.xlsx) bodies, any method, an empty 204; a problem document becomes the shared ApiError
// (with the problems it lists by section, row and field, when it lists them, as a refused plan file does).
import { z } from 'zod';
import { ProblemSchema, type Problem } from '@ccm/shared/schemas/common';
import { PlanProblemSchema, type PlanProblem } from '@ccm/shared/schemas/plans';
import { DRAFT_CONFLICT_PROBLEM_TYPE, DraftConflictProblemSchema, type DraftConflict } from '@ccm/shared/schemas/workspace';
import { ApiError, fetchOk, request } from '../../../lib/api-client.ts';

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

/** A refusal as the error the workspace shows: a draft conflict, a list of problems, or the API's problem document. */
function workspaceErrorOf(status: number, body: unknown): Error {
  const problem = ProblemSchema.safeParse(body);
  const listed = ListedProblemsSchema.safeParse(body);
  const conflict = DraftConflictProblemSchema.safeParse(body);
  if (conflict.success && conflict.data.type === DRAFT_CONFLICT_PROBLEM_TYPE) return new DraftConflictError(status, conflict.data, conflict.data.draftConflict);
  if (listed.success) return new ListedProblemsError(status, problem.success ? problem.data : null, listed.data.problems);
  return new ApiError(status, problem.success ? problem.data : null);
}

function requestInit({ method = 'GET', json, csv, file }: WorkspaceRequestInit): RequestInit {
  const headers: Record<string, string> = {};
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
  return { method, headers, body, credentials: 'same-origin', cache: 'no-store' };
}

/** A request whose answer is parsed with the shared schema. */
export function workspaceRequest<T extends z.ZodType>(path: string, schema: T, init: WorkspaceRequestInit = {}): Promise<z.infer<T>> {
  return request(path, schema, requestInit(init), workspaceErrorOf);
}

/** A request answered with 204 No Content. */
export async function workspaceCommand(path: string, init: WorkspaceRequestInit): Promise<void> {
  await fetchOk(path, requestInit(init), workspaceErrorOf);
}

export { AUTH_API, WORKSPACE_API } from '@ccm/shared/api-paths';
