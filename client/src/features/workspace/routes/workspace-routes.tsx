// The ISU workspace, loaded on demand under /workspace: its strings, styles and screens never reach public visitors.
import { Suspense, use } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useMe } from '../api/get-me.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { ChangePasswordPage } from '../components/change-password-page.tsx';
import { ContentPage } from '../components/content-page.tsx';
import { CyclesPage } from '../components/cycles-page.tsx';
import { EntryPage } from '../components/entry-page.tsx';
import { HistoryPage } from '../components/history-page.tsx';
import { ImportPage } from '../components/import-page.tsx';
import { OverridesPage } from '../components/overrides-page.tsx';
import { PlanImportPage } from '../components/plan-import-page.tsx';
import { PlanSetupPage } from '../components/plan-setup-page.tsx';
import { PlansPage } from '../components/plans-page.tsx';
import { PopulationsPage } from '../components/populations-page.tsx';
import { ReviewPage } from '../components/review-page.tsx';
import { SignInPage } from '../components/sign-in-page.tsx';
import { TranslationsPage } from '../components/translations-page.tsx';
import { UsersPage } from '../components/users-page.tsx';
import { WorkspaceLayout } from '../components/workspace-layout.tsx';
import { useSessionExpiry } from '../hooks/use-session-expiry.ts';
import { loadWorkspaceCatalogue } from '../i18n/load-workspace-catalogue.ts';
import '../styles/workspace.css';

function WorkspaceNotFound() {
  const { t } = useTranslation('workspace');
  return (
    <div className="ws-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
    </div>
  );
}

/**
 * The screen for the part of the address after /workspace/. A plain switch rather than nested <Routes>, whose code would
 * otherwise join the router code that public pages download first.
 */
function WorkspaceSection({ section }: { section: string }) {
  // plans, plans/import, plans/<code in lower case>
  const [first, plan, ...rest] = section.split('/');
  if (first === 'plans' && rest.length === 0) {
    return <AdminOnly>{plan === undefined ? <PlansPage /> : plan === 'import' ? <PlanImportPage /> : <PlanSetupPage key={plan} code={plan.toUpperCase()} />}</AdminOnly>;
  }
  switch (section) {
    case '':
      return <CyclesPage />;
    case 'entry':
      return <EntryPage />;
    case 'import':
      return <ImportPage />;
    case 'review':
      return <ReviewPage />;
    case 'history':
      return <HistoryPage />;
    case 'content':
      return <ContentPage />;
    case 'translations':
      return <TranslationsPage />;
    case 'populations':
      return <PopulationsPage />;
    case 'overrides':
      return (
        <AdminOnly>
          <OverridesPage />
        </AdminOnly>
      );
    case 'users':
      return (
        <AdminOnly>
          <UsersPage />
        </AdminOnly>
      );
    case 'password':
      return <ChangePasswordPage />;
    default:
      return <WorkspaceNotFound />;
  }
}

function WorkspaceShell() {
  const { i18n } = useTranslation();
  use(loadWorkspaceCatalogue(i18n.language));
  useSessionExpiry();
  const me = useMe();
  const section = (useParams()['*'] ?? '').replace(/\/+$/, '');
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (!user) return <SignInPage />;
  if (user.mustChangePassword) return <ChangePasswordPage forced />;
  return (
    <WorkspaceLayout user={user}>
      <WorkspaceSection section={section} />
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
