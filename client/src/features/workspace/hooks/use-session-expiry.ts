// When any workspace request answers 401 (the session ended), ask who is signed in again: the sign-in page then shows.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client.ts';
import { workspaceKeys } from '../api/workspace-keys.ts';

const ME_HASH = JSON.stringify(workspaceKeys.me());
const isUnauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

export function useSessionExpiry() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const expire = () => void queryClient.invalidateQueries({ queryKey: workspaceKeys.me() });
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryHash !== ME_HASH && isUnauthorized(event.query.state.error)) expire();
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.mutation?.options.mutationKey?.[0] !== 'sign-in' && isUnauthorized(event.mutation?.state.error)) expire();
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
}
