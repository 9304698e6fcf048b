import { queryOptions, useQuery } from '@tanstack/react-query';
import { OverridesResponseSchema, type Overrides } from '@ccm/shared/schemas/publishing';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Override drafts waiting for publication, and the overrides in force. */
export async function getOverrides(): Promise<Overrides> {
  return (await workspaceRequest(`${WORKSPACE_API}/overrides`, OverridesResponseSchema)).data;
}

export const overridesQueryOptions = () => queryOptions({ queryKey: [...workspaceKeys.all(), 'overrides'] as const, queryFn: getOverrides });

export function useOverrides() {
  return useQuery(overridesQueryOptions());
}
