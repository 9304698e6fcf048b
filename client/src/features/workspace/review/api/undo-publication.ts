import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PublicationResponseSchema, type Publication } from '@ccm/shared/schemas/publishing';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { refreshPublicData } from '../../api/public-cache.ts';

export interface UndoPublicationInput {
  publication: Publication;
  reason: string;
}

/** Undoes the latest publication as a new one (its figures and overrides go back to the ones before). */
export async function undoPublication({ publication, reason }: UndoPublicationInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/publications/${publication.id}/undo`, PublicationResponseSchema, { method: 'POST', json: { reason } })).data;
}

export function useUndoPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoPublication,
    onSuccess: (_result, { publication }) => refreshPublicData(queryClient, [...publication.changes, ...publication.overrides].map((c) => c.indicatorId)),
  });
}
