import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PublicationResponseSchema, type PublicationInput } from '@ccm/shared/schemas/publishing';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { refreshPublicData } from '../../api/public-cache.ts';

export interface PublishSelectedInput extends PublicationInput {
  /** The indicators whose drafts are published, so their public pages are refreshed. */
  indicatorIds: string[];
}

/** Publishes exactly these figure and override drafts, as one publication. */
export async function publishSelected({ changeIds, overrideIds }: PublishSelectedInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/publications`, PublicationResponseSchema, { method: 'POST', json: { changeIds, overrideIds } })).data;
}

export function usePublishSelected() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishSelected, onSuccess: (_result, input) => refreshPublicData(queryClient, input.indicatorIds) });
}
