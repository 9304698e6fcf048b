import { useTranslation } from 'react-i18next';

export function WorkspaceNotFound() {
  const { t } = useTranslation('workspace');
  return (
    <div className="ws-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
    </div>
  );
}
