// The workspace frame: who is signed in, sign out, and the sections as tabs (admin-only ones shown to admins only).
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import type { User } from '@ccm/shared/schemas/workspace';
import { useSignOut } from '../api/sign-out.ts';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';
import { SessionWarning } from './session-warning.tsx';

const SECTIONS = [
  { to: WORKSPACE_PATHS.cycles, key: 'cycles', label: 'nav.cycles', end: true, admin: false },
  { to: WORKSPACE_PATHS.entry, key: 'entry', label: 'nav.entry', end: false, admin: false },
  { to: WORKSPACE_PATHS.import, key: 'import', label: 'nav.import', end: false, admin: false },
  { to: WORKSPACE_PATHS.review, key: 'review', label: 'nav.review', end: false, admin: false },
  { to: WORKSPACE_PATHS.history, key: 'history', label: 'nav.history', end: false, admin: false },
  { to: WORKSPACE_PATHS.content, key: 'content', label: 'nav.content', end: false, admin: false },
  { to: WORKSPACE_PATHS.translations, key: 'translations', label: 'nav.translations', end: false, admin: false },
  { to: WORKSPACE_PATHS.populations, key: 'populations', label: 'nav.populations', end: false, admin: false },
  { to: WORKSPACE_PATHS.overrides, key: 'overrides', label: 'nav.overrides', end: false, admin: true },
  { to: WORKSPACE_PATHS.plans, key: 'plans', label: 'plans.nav', end: false, admin: true },
  { to: WORKSPACE_PATHS.users, key: 'users', label: 'nav.users', end: false, admin: true },
] as const;

export function WorkspaceLayout({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation('workspace');
  const signOut = useSignOut();
  const isAdmin = user.role === 'admin';
  return (
    <div className="ws">
      <div className="ws-bar">
        <p className="ws-bar__name">
          <span className="ws-eyebrow">{t('shell.name')}</span>
        </p>
        <div className="ws-bar__user">
          <p className="ws-bar__who">
            <span className="visually-hidden">{t('shell.signedInAs')} </span>
            <span className="ws-bar__email">{user.email}</span>
            <span className={`ws-role ws-role--${user.role}`}>{t(`role.${user.role}`)}</span>
          </p>
          <Link className="ws-bar__link" to={WORKSPACE_PATHS.account}>
            {t('shell.account')}
          </Link>
          <Link className="ws-bar__link" to={WORKSPACE_PATHS.password}>
            {t('shell.changePassword')}
          </Link>
          <button type="button" className="button button--secondary ws-button--small" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            {t('shell.signOut')}
          </button>
        </div>
      </div>
      <nav className="ws-tabs" aria-label={t('shell.navLabel')}>
        <ul>
          {SECTIONS.filter((s) => isAdmin || !s.admin).map((section) => (
            <li key={section.key}>
              <NavLink to={section.to} end={section.end}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="ws-content">
        <SessionWarning userId={user.id} />
        {children}
      </div>
    </div>
  );
}
