import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WORKSPACE_API, workspaceCommand } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Discards an override draft (it stays in the record as discarded). */
export async function discardOverride(id: number): Promise<void> {
  await workspaceCommand(`${WORKSPACE_API}/overrides/${id}/discard`, { method: 'POST' });
}

export function useDiscardOverride() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: discardOverride, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all() }) });
}
