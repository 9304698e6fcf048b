// The workspace's query keys. Everything lives under ['workspace'] so signing out can drop it in one call.
export const workspaceKeys = {
  all: () => ['workspace'] as const,
  me: () => ['workspace', 'me'] as const,
  cycles: () => ['workspace', 'cycles'] as const,
  entries: (cycle: string, pillar: string) => ['workspace', 'entries', cycle, pillar] as const,
  diff: (cycle: string) => ['workspace', 'diff', cycle] as const,
  history: (filters: { indicator?: string; cycle?: string }) => ['workspace', 'history', filters] as const,
  contentChanges: () => ['workspace', 'content-changes'] as const,
  contentTexts: (entity: string, lang: string) => ['workspace', 'content-texts', entity, lang] as const,
  users: () => ['workspace', 'users'] as const,
  populations: () => ['workspace', 'populations'] as const,
  preview: (body: unknown) => ['workspace', 'preview', body] as const,
} as const;

const ME_HASH = JSON.stringify(workspaceKeys.me());

/** Every workspace query but the signed-in user's (observed by the shell, so it is replaced, never removed). */
export const otherWorkspaceQueries = {
  queryKey: workspaceKeys.all(),
  predicate: (query: { queryHash: string }) => query.queryHash !== ME_HASH,
};
