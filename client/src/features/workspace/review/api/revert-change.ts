import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChangeResponseSchema, type Change } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export interface RevertChangeInput {
  id: number;
  reason: string;
}

/** Drafts a change that restores the figure as it was before a published change. */
export async function revertChange({ id, reason }: RevertChangeInput): Promise<Change> {
  return (await workspaceRequest(`${WORKSPACE_API}/changes/${id}/revert`, ChangeResponseSchema, { method: 'POST', json: { reason } })).data;
}

export function useRevertChange() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revertChange, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all() }) });
}
