// Sets the browser tab title for the page: "<page> · <app title>".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    document.title = title ? t('app.documentTitle', { page: title, app }) : app;
  }, [title, app, t]);
}
