// Links between the series pages.
import { useTranslation } from 'react-i18next';
import type { SeriesSummary } from '@ccm/shared/schemas/api';
import { NavLink } from '../../../i18n/link.tsx';
import { seriesPath } from '../../../lib/page-paths.ts';

export function SeriesNav({ series }: { series: SeriesSummary[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('series.navLabel')} className="sub-nav">
      <ul>
        {series.map((s) => (
          <li key={s.name}>
            <NavLink to={seriesPath(s.name)}>{t(`series.name.${s.name}`, { defaultValue: s.title })}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
