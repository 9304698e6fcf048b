import { queryOptions, useQuery } from '@tanstack/react-query';
import { UsersResponseSchema, type User } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export async function getUsers(): Promise<User[]> {
  return (await workspaceRequest(`${WORKSPACE_API}/users`, UsersResponseSchema)).data;
}

export const usersQueryOptions = () => queryOptions({ queryKey: workspaceKeys.users(), queryFn: getUsers });

export function useUsers(enabled = true) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
