import { queryOptions, useQuery } from '@tanstack/react-query';
import { AccountsResponseSchema, type Account } from '@ccm/shared/schemas/accounts';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { accountKeys } from './account-keys.ts';

/** Every account with its role, state, live sessions and last request (admin). */
export async function getUsers(): Promise<Account[]> {
  return (await workspaceRequest(`${WORKSPACE_API}/users`, AccountsResponseSchema)).data;
}

export const usersQueryOptions = () => queryOptions({ queryKey: accountKeys.users(), queryFn: getUsers });

export function useUsers(enabled = true) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
