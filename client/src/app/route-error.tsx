// The last line of defence: an unexpected error while rendering a route (a bug, or a chunk that failed to load).
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '../components/ui/not-found.tsx';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main id="main" className="page">
        <NotFound />
      </main>
    );
  }
  return (
    <main id="main" className="page">
      <div className="error-state" role="alert">
        <h1 className="error-state__title">{t('common.crash.title')}</h1>
        <p>{t('common.crash.body')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.crash.reload')}
        </button>
      </div>
    </main>
  );
}
