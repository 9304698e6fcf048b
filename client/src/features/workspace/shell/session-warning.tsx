// Two minutes before the session ends: when, and a button that renews it (any request does). At the absolute limit no
// request renews it: the banner says so, and that typed figures stay in this browser for after signing in again.
import { useTranslation } from 'react-i18next';
import { useSessionWarning } from '../hooks/use-session-warning.ts';
import './session-warning.css';

export function SessionWarning({ userId }: { userId: number }) {
  const { t, i18n } = useTranslation('workspace');
  const { end, warn, renew, renewing } = useSessionWarning(userId);
  if (!end || !warn) return null;
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(end.at));
  return (
    <div className="ws-alert ws-alert--warning ws-session-warning" role="alert">
      <p>{end.final ? t('session.endsFinal', { time }) : t('session.ends', { time })}</p>
      {end.final ? null : (
        <button type="button" className="button ws-button--small" onClick={renew} disabled={renewing}>
          {t('session.stay')}
        </button>
      )}
    </div>
  );
}
