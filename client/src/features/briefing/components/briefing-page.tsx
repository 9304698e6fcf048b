// The Coordinators' briefing for one pillar (/plans/:plan/briefings/:pillar), in the interface's language, ready to print as A4.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { isNotFound, PendingPage } from '../../../components/ui/query-state.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { useBriefing } from '../api/get-briefing.ts';
import '../i18n/register-briefing-catalogue.ts';
import { briefingDownloads } from '../utils/briefing-links.ts';
import { chooseIndicators } from '@ccm/shared/domain/briefing-choice';
import type { Briefing } from '@ccm/shared/schemas/briefing';
import type { Language } from '@ccm/shared/i18n/languages';
import { useBriefingChoice } from '../hooks/use-briefing-choice.ts';
import { BriefingChooser } from './briefing-chooser.tsx';
import { BriefingCompare } from './briefing-compare.tsx';
import { BriefingView } from './briefing-view.tsx';
import '../styles/briefing.css';

export function BriefingPage() {
  const { t } = useTranslation('briefing');
  const { pillar = '' } = useParams();
  const briefing = useBriefing(pillar);
  useDocumentTitle(briefing.data?.title ?? t('documentTitle'));

  if (isNotFound(briefing.error)) return <NotFound />;
  if (briefing.isError) return <PendingPage className="briefing briefing--state" title={t('documentTitle')} onRetry={() => void briefing.refetch()} />;
  if (!briefing.data) return <PendingPage className="briefing briefing--state" title={t('documentTitle')} loadingLabel={t('loading')} />;
  return <ChosenBriefing briefing={briefing.data} plan={briefing.plan} pillar={pillar} lang={briefing.lang} />;
}

/** The briefing as the Coordinator chose it: the page, the printout and the downloads follow the choice. */
function ChosenBriefing({ briefing, plan, pillar, lang }: { briefing: Briefing; plan: string; pillar: string; lang: Language }) {
  const choice = useBriefingChoice(briefing, plan, pillar, lang);
  const shown = choice.reordered ? chooseIndicators(briefing, choice.chosen) : briefing;
  return (
    <BriefingView
      briefing={shown}
      downloads={briefingDownloads(plan, pillar, lang, choice.reordered ? choice.chosen : undefined)}
      remarks={choice.choice.remarks}
      chooser={<BriefingChooser flagged={briefing.flagged} others={briefing.others} choice={choice} />}
      compare={<BriefingCompare plan={plan} pillar={pillar} lang={lang} />}
    />
  );
}
