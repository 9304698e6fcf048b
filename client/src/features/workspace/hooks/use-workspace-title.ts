import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

/** "<page> – ISU workspace" in the browser tab. */
export function useWorkspaceTitle(page: string) {
  const { t } = useTranslation('workspace');
  useDocumentTitle(t('documentTitle', { page }));
}
