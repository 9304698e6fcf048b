// The workspace's screens as nested lazy routes under /workspace: each sub-feature is its own chunk, loaded when its
// address is opened; this file holds only paths and imports, so public pages download almost nothing of it.
import type { RouteObject } from 'react-router';

/** Route handles the shell reads: `admin` screens show an editor the admin-only notice instead. */
export interface WorkspaceHandle {
  admin?: boolean;
}

const admin: WorkspaceHandle = { admin: true };

export const workspaceRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./cycles/cycles-page.tsx')).CyclesPage }) },
  { path: 'entry', lazy: async () => ({ Component: (await import('./entry/entry-page.tsx')).EntryPage }) },
  { path: 'import', lazy: async () => ({ Component: (await import('./imports/import-page.tsx')).ImportPage }) },
  { path: 'review', lazy: async () => ({ Component: (await import('./review/review-page.tsx')).ReviewPage }) },
  { path: 'history', lazy: async () => ({ Component: (await import('./review/history-page.tsx')).HistoryPage }) },
  { path: 'content', lazy: async () => ({ Component: (await import('./content/content-page.tsx')).ContentPage }) },
  { path: 'translations', lazy: async () => ({ Component: (await import('./content/translations-page.tsx')).TranslationsPage }) },
  { path: 'overrides', handle: admin, lazy: async () => ({ Component: (await import('./content/overrides-page.tsx')).OverridesPage }) },
  { path: 'populations', lazy: async () => ({ Component: (await import('./populations/populations-page.tsx')).PopulationsPage }) },
  { path: 'users', handle: admin, lazy: async () => ({ Component: (await import('./accounts/users-page.tsx')).UsersPage }) },
  { path: 'password', lazy: async () => ({ Component: (await import('./accounts/change-password-page.tsx')).ChangePasswordPage }) },
  { path: 'account', lazy: async () => ({ Component: (await import('./accounts/account-page.tsx')).AccountPage }) },
  { path: 'plans', handle: admin, lazy: async () => ({ Component: (await import('./plans/plans-page.tsx')).PlansPage }) },
  { path: 'plans/import', handle: admin, lazy: async () => ({ Component: (await import('./plans/plan-import-page.tsx')).PlanImportPage }) },
  { path: 'plans/:plan', handle: admin, lazy: async () => ({ Component: (await import('./plans/plan-setup-route.tsx')).PlanSetupRoute }) },
  { path: '*', lazy: async () => ({ Component: (await import('./shell/workspace-not-found.tsx')).WorkspaceNotFound }) },
];
