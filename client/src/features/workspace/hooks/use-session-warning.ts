// When the session ends, as the server says (/auth/me: the idle limit and the absolute one), moved on by every request
// this page makes: a warning two minutes before, a request that renews it, and the sign-in page (not a page still saying
// "Signed in as…") once it has ended.
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { MeResponseSchema, type SessionTimes } from '@ccm/shared/schemas/workspace';
import { AUTH_API, workspaceRequest } from '../api/workspace-request.ts';
import { workspaceKeys } from '../api/workspace-keys.ts';

/** The warning shows this long before the session ends. */
export const SESSION_WARNING_MS = 2 * 60_000;
const TICK_MS = 5_000;

async function getSessionTimes(): Promise<SessionTimes | null> {
  return (await workspaceRequest(`${AUTH_API}/me`, MeResponseSchema)).session ?? null;
}

export interface SessionEnd {
  /** When the session ends unless a request comes first (ms since the epoch). */
  at: number;
  /** True when that is the absolute limit: no request renews it, signing in again does. */
  final: boolean;
}

/** The session's end, given the server's times and this page's latest request (each request renews the idle limit). */
export function sessionEndOf(times: SessionTimes, lastRequestAt: number): SessionEnd {
  const endsAt = Date.parse(times.endsAt);
  const idleEnd = Math.max(Date.parse(times.expiresAt), lastRequestAt + times.idleMinutes * 60_000);
  return { at: Math.min(idleEnd, endsAt), final: endsAt <= idleEnd };
}

export function useSessionWarning(userId: number) {
  const queryClient = useQueryClient();
  const times = useQuery({ queryKey: ['workspace-session', userId], queryFn: getSessionTimes, staleTime: Infinity, gcTime: 0, retry: false });
  const [lastRequestAt, setLastRequestAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  // Every answered request carried the session cookie, so renewed it.
  useEffect(() => {
    const answered = () => setLastRequestAt(Date.now());
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual) answered();
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') answered();
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  const end = times.data ? sessionEndOf(times.data, Math.max(lastRequestAt, times.dataUpdatedAt)) : null;
  const ended = end !== null && now >= end.at;

  // Once it has ended, ask again who is signed in: the sign-in page shows (typed figures are in the browser already).
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: workspaceKeys.me() });
  }, [ended, queryClient]);

  return {
    end,
    warn: end !== null && !ended && end.at - now <= SESSION_WARNING_MS,
    /** Any request renews the idle limit: ask the server for the new times. */
    renew: () => void times.refetch(),
    renewing: times.isFetching,
  };
}
