// Links to a plan's record pages: its results, and what changed from the previous plan (shown on the overview); the
// language is carried by the app's Link.
import { useTranslation } from 'react-i18next';
import { Link } from '../../i18n/link.tsx';
import { planChangesPath, planResultsPath } from '../../lib/page-paths.ts';
import './plan-record-links.css';

/** `plan` is the plan's code or URL segment ("LAP" or "lap"). */
export function PlanRecordLinks({ plan }: { plan: string }) {
  const { t } = useTranslation();
  return (
    <nav className="plan-record-links" aria-label={t('results.links.label')}>
      <ul>
        <li>
          <Link to={planResultsPath(plan)}>{t('results.links.results')}</Link>
        </li>
        <li>
          <Link to={planChangesPath(plan)}>{t('results.links.changes')}</Link>
        </li>
      </ul>
    </nav>
  );
}
