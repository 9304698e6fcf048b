import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PasswordResetResponseSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { accountKeys } from './account-keys.ts';

/** A new one-time password for an account (shown once); every session of the account ends. */
export async function resetPassword(id: number) {
  return (await workspaceRequest(`${WORKSPACE_API}/users/${id}/password-reset`, PasswordResetResponseSchema, { method: 'POST' })).data;
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: async (user) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.users() }),
        queryClient.invalidateQueries({ queryKey: accountKeys.sessionsOf(user.id) }),
      ]);
    },
  });
}
