import { queryOptions, useQuery } from '@tanstack/react-query';
import { PublicationsResponseSchema, type Publication } from '@ccm/shared/schemas/publishing';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Publications, newest first, with what each published and which one can be undone. */
export async function getPublications(): Promise<Publication[]> {
  return (await workspaceRequest(`${WORKSPACE_API}/publications`, PublicationsResponseSchema)).data;
}

export const publicationsQueryOptions = () => queryOptions({ queryKey: [...workspaceKeys.all(), 'publications'] as const, queryFn: getPublications });

export function usePublications() {
  return useQuery(publicationsQueryOptions());
}
