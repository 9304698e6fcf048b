import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AccountResponseSchema, type UpdateAccountInput } from '@ccm/shared/schemas/accounts';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { accountKeys } from './account-keys.ts';

/** Changes an account's role, or deactivates (ending its sessions) or reactivates it. */
export async function updateAccount({ id, change }: { id: number; change: UpdateAccountInput }) {
  return (await workspaceRequest(`${WORKSPACE_API}/users/${id}`, AccountResponseSchema, { method: 'PATCH', json: change })).data;
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: async (account) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.users() }),
        queryClient.invalidateQueries({ queryKey: accountKeys.sessionsOf(account.id) }),
      ]);
    },
  });
}
