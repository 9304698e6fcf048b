import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AUTH_API, workspaceCommand } from './workspace-request.ts';
import { otherWorkspaceQueries, workspaceKeys } from './workspace-keys.ts';

export async function signOut(): Promise<void> {
  await workspaceCommand(`${AUTH_API}/sign-out`, { method: 'POST' });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.setQueryData(workspaceKeys.me(), null);
      queryClient.removeQueries(otherWorkspaceQueries);
    },
  });
}
