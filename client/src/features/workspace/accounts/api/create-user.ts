import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { CreateUserResponseSchema, type CreateUserInputSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

/** Creates an account; the answer carries the one-time password, shown once. */
export async function createUser(input: CreateUserInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/users`, CreateUserResponseSchema, { method: 'POST', json: input })).data;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.users() }) });
}
