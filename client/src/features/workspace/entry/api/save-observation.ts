import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChangeResponseSchema, type Change, type ObservationEntryInput } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Saves a figure as a draft; nothing is public until an admin publishes the cycle. */
export async function saveObservation(input: ObservationEntryInput): Promise<Change> {
  return (await workspaceRequest(`${WORKSPACE_API}/observations`, ChangeResponseSchema, { method: 'PUT', json: input })).data;
}

export function useSaveObservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveObservation,
    // Drafts show in the grid, the cycle's pending count, the review diff and the history.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all() }),
  });
}
