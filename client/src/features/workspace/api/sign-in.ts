import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeResponseSchema, type User } from '@ccm/shared/schemas/workspace';
import { AUTH_API, workspaceRequest } from './workspace-request.ts';
import { otherWorkspaceQueries, workspaceKeys } from './workspace-keys.ts';

export interface SignInInput {
  email: string;
  password: string;
}

export async function signIn(input: SignInInput): Promise<User> {
  return (await workspaceRequest(`${AUTH_API}/sign-in`, MeResponseSchema, { method: 'POST', json: input })).data;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['sign-in'],
    mutationFn: signIn,
    onSuccess: (user) => {
      queryClient.setQueryData(workspaceKeys.me(), user);
      // Whatever an earlier session had cached belongs to someone else.
      queryClient.removeQueries(otherWorkspaceQueries);
    },
  });
}
