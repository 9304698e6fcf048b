import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WORKSPACE_API, workspaceCommand } from './workspace-request.ts';
import { workspaceKeys } from './workspace-keys.ts';

export async function discardChange(id: number): Promise<void> {
  await workspaceCommand(`${WORKSPACE_API}/changes/${id}/discard`, { method: 'POST' });
}

export function useDiscardChange() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: discardChange, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all() }) });
}
