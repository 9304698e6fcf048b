// The frame both record pages share: the breadcrumb back to the plan's overview, and the footer a printed copy carries
// (page title, plan, language, data date), shown on paper only.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Language } from '../../../i18n/index.ts';
import { Link } from '../../../i18n/link.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { planPath } from '../../../lib/page-paths.ts';

export function RecordBreadcrumb({ plan, current }: { plan: string; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('indicator.breadcrumbLabel')} className="breadcrumb">
      <ol>
        <li>
          <Link to={planPath(plan)}>{t('nav.overview')}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

export function PrintFooter({
  title,
  planName,
  lang,
  updatedAt,
  dataVersion,
}: {
  title: string;
  planName: string;
  lang: Language;
  updatedAt: string | null;
  dataVersion: number | null;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const data =
    updatedAt !== null
      ? t('results.printData', { date: format.date(updatedAt) })
      : dataVersion !== null
        ? t('results.printDataVersion', { version: dataVersion })
        : null;
  return (
    <footer className="plan-record__print-footer">
      <p>{t('results.printFooter', { title, plan: planName, language: LANGUAGE_NAMES[lang], data: data ?? '' })}</p>
    </footer>
  );
}
