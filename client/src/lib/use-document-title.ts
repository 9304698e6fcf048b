// Sets the browser tab title for the page: "<page> · <app title>". On the server the prerenderer collects it instead
// (through DocumentTitleContext), for the <title> of the first HTML.
import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Receives the title while a page is rendered on the server (effects do not run there). */
export const DocumentTitleContext = createContext<((title: string) => void) | null>(null);

export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  const app = t('app.title');
  const full = title ? t('app.documentTitle', { page: title, app }) : app;
  useContext(DocumentTitleContext)?.(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
