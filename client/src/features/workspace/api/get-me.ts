import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeResponseSchema, type User } from '@ccm/shared/schemas/workspace';
import { ApiError } from '../../../lib/api-client.ts';
import { AUTH_API, workspaceRequest } from './workspace-request.ts';
import { workspaceKeys } from './workspace-keys.ts';

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
export async function getMe(): Promise<User | null> {
  try {
    return (await workspaceRequest(`${AUTH_API}/me`, MeResponseSchema)).data;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: workspaceKeys.me(), queryFn: getMe, staleTime: 30_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}
