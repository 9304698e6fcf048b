// Sessions: an admin's view of any account's (end one, end all), and each user's own (end any but the current one).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { EndedSessionsResponseSchema, SessionsResponseSchema } from '@ccm/shared/schemas/accounts';
import { AUTH_API, WORKSPACE_API, workspaceCommand, workspaceRequest } from '../../api/workspace-request.ts';
import { accountKeys } from './account-keys.ts';

const accountSessions = (userId: number) => `${WORKSPACE_API}/users/${userId}/sessions`;

export async function getAccountSessions(userId: number) {
  return (await workspaceRequest(accountSessions(userId), SessionsResponseSchema)).data;
}

export function useAccountSessions(userId: number) {
  return useQuery({ queryKey: accountKeys.sessionsOf(userId), queryFn: () => getAccountSessions(userId) });
}

export async function getOwnSessions() {
  return (await workspaceRequest(`${AUTH_API}/sessions`, SessionsResponseSchema)).data;
}

export function useOwnSessions() {
  return useQuery({ queryKey: accountKeys.ownSessions(), queryFn: getOwnSessions });
}

/** After any session ends: the lists and the accounts' counts. */
function useRefreshSessions(userId: number | null) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountKeys.ownSessions() }),
      queryClient.invalidateQueries({ queryKey: accountKeys.users() }),
      ...(userId === null ? [] : [queryClient.invalidateQueries({ queryKey: accountKeys.sessionsOf(userId) })]),
    ]);
}

export function useEndAccountSession(userId: number) {
  const refresh = useRefreshSessions(userId);
  return useMutation({
    mutationFn: (sessionId: string) => workspaceCommand(`${accountSessions(userId)}/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useEndAccountSessions(userId: number) {
  const refresh = useRefreshSessions(userId);
  return useMutation({
    mutationFn: async () => (await workspaceRequest(accountSessions(userId), EndedSessionsResponseSchema, { method: 'DELETE' })).data.endedSessions,
    onSuccess: refresh,
  });
}

export function useEndOwnSession() {
  const refresh = useRefreshSessions(null);
  return useMutation({
    mutationFn: (sessionId: string) => workspaceCommand(`${AUTH_API}/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useEndOtherOwnSessions() {
  const refresh = useRefreshSessions(null);
  return useMutation({
    mutationFn: async () => (await workspaceRequest(`${AUTH_API}/sessions`, EndedSessionsResponseSchema, { method: 'DELETE' })).data.endedSessions,
    onSuccess: refresh,
  });
}
