import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChangePasswordInputSchema } from '@ccm/shared/schemas/workspace';
import { AUTH_API, workspaceCommand } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await workspaceCommand(`${AUTH_API}/password`, { method: 'POST', json: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.me() }),
  });
}
