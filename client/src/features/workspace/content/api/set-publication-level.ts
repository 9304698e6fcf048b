import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PublicationLevelResponseSchema, type PublicationLevelInput } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { refreshPublicData } from '../../api/public-cache.ts';

/** Sets which States the public sees named for an indicator's figures (admin). It is public at once. */
export async function setPublicationLevel({ indicatorId, ...body }: PublicationLevelInput & { indicatorId: string }) {
  return (await workspaceRequest(`${WORKSPACE_API}/indicators/${encodeURIComponent(indicatorId)}/publication-level`, PublicationLevelResponseSchema, { method: 'PUT', json: body })).data;
}

export function useSetPublicationLevel() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setPublicationLevel, onSuccess: (_data, input) => refreshPublicData(queryClient, [input.indicatorId]) });
}
