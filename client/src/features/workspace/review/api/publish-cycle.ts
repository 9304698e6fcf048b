import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PublishResponseSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { refreshPublicData } from '../../api/public-cache.ts';

export interface PublishCycleInput {
  cycle: string;
  /** The indicators whose drafts are published, so their public pages are refreshed. */
  indicatorIds: string[];
}

export async function publishCycle({ cycle }: PublishCycleInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/cycles/${encodeURIComponent(cycle)}/publish`, PublishResponseSchema, { method: 'POST' })).data;
}

export function usePublishCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishCycle,
    // The public pages change: refresh their answers and every query, public and workspace.
    onSuccess: (_result, input) => refreshPublicData(queryClient, input.indicatorIds),
  });
}
