// The Coordinators' briefing for one pillar (/plans/:plan/briefings/:pillar), in the interface's language, ready to print as A4.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { ErrorState, LoadingState, isNotFound } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { useBriefing } from '../api/get-briefing.ts';
import '../i18n/register-briefing-catalogue.ts';
import { briefingDownloads } from '../utils/briefing-links.ts';
import { BriefingView } from './briefing-view.tsx';
import '../styles/briefing.css';

export function BriefingPage() {
  const { t } = useTranslation('briefing');
  const { pillar = '' } = useParams();
  const briefing = useBriefing(pillar);
  useDocumentTitle(briefing.data?.title ?? t('documentTitle'));

  if (isNotFound(briefing.error)) return <NotFound />;
  if (briefing.isError) {
    return (
      <div className="briefing briefing--state">
        <h1>{t('documentTitle')}</h1>
        <ErrorState onRetry={() => void briefing.refetch()} />
      </div>
    );
  }
  if (!briefing.data) {
    return (
      <div className="briefing briefing--state">
        <h1>{t('documentTitle')}</h1>
        <LoadingState label={t('loading')} />
      </div>
    );
  }
  return <BriefingView briefing={briefing.data} downloads={briefingDownloads(briefing.plan, pillar, briefing.lang)} />;
}
