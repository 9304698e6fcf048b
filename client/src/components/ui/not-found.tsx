// The "not found" page, for unknown routes and for ids the API does not know.
import { useTranslation } from 'react-i18next';
import { Link } from '../../i18n/link.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { HOME_PATH } from '../../lib/page-paths.ts';

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={HOME_PATH} className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </section>
  );
}
