// Where the workspace's screens live, so links and tests agree.
export const WORKSPACE_PATHS = {
  cycles: '/workspace',
  entry: '/workspace/entry',
  import: '/workspace/import',
  review: '/workspace/review',
  history: '/workspace/history',
  overrides: '/workspace/overrides',
  content: '/workspace/content',
  translations: '/workspace/translations',
  populations: '/workspace/populations',
  users: '/workspace/users',
  plans: '/workspace/plans',
  planImport: '/workspace/plans/import',
  password: '/workspace/password',
  account: '/workspace/account',
} as const;

/** A plan's set-up page; the address names the plan in lower case, as the API does ("LAP" → /workspace/plans/lap). */
export const planPath = (code: string) => `${WORKSPACE_PATHS.plans}/${encodeURIComponent(code.toLowerCase())}`;

export function withSearch(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
