// Query keys of the accounts screens, under the workspace's own (so signing out drops them with everything else).
import { workspaceKeys } from '../../api/workspace-keys.ts';

export const accountKeys = {
  users: workspaceKeys.users,
  /** An account's sessions, as an admin sees them. */
  sessionsOf: (userId: number) => [...workspaceKeys.all(), 'sessions', userId] as const,
  /** The signed-in user's own sessions. */
  ownSessions: () => [...workspaceKeys.all(), 'own-sessions'] as const,
} as const;
