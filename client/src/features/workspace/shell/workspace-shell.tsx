// The ISU workspace, loaded on demand under /workspace: its strings, styles and screens never reach public visitors.
// The shell signs the user in (or makes them change a one-time password) and lays out the screen the nested lazy route
// (routes.ts) renders in its outlet.
import { Suspense, use } from 'react';
import { Outlet, useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { ChangePasswordPage } from '../accounts/change-password-page.tsx';
import { useMe } from '../api/get-me.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { useSessionExpiry } from '../hooks/use-session-expiry.ts';
import { loadWorkspaceCatalogue } from '../i18n/load-workspace-catalogue.ts';
import type { WorkspaceHandle } from '../routes.ts';
import { SignInPage } from './sign-in-page.tsx';
import { WorkspaceLayout } from './workspace-layout.tsx';
import '../styles/workspace.css';

/** True when the matched screen is an admin's (its route handle says so). */
function useAdminScreen(): boolean {
  return useMatches().some((match) => (match.handle as WorkspaceHandle | undefined)?.admin === true);
}

function WorkspaceShell() {
  const { i18n } = useTranslation();
  use(loadWorkspaceCatalogue(i18n.language));
  useSessionExpiry();
  const me = useMe();
  const adminScreen = useAdminScreen();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (!user) return <SignInPage />;
  if (user.mustChangePassword) return <ChangePasswordPage forced />;
  return (
    <WorkspaceLayout user={user}>
      {adminScreen ? (
        <AdminOnly>
          <Outlet />
        </AdminOnly>
      ) : (
        <Outlet />
      )}
    </WorkspaceLayout>
  );
}

export function WorkspacePage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <WorkspaceShell />
    </Suspense>
  );
}
