// Every figure of an indicator as the document states it, with its qualifier, paragraph, quote and notes: on screen and
// on paper (the chart's own data table is left off the printed page; this one is the briefing's).
import { useTranslation } from 'react-i18next';
import type { BriefingFigure, BriefingIndicator } from '@ccm/shared/schemas/briefing';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table.tsx';

export function BriefingFigures({ item }: { item: BriefingIndicator }) {
  const { t } = useTranslation('briefing');
  const { t: tc } = useTranslation();
  const { indicator } = item;
  if (item.figures.length === 0) return null;
  const columns: DataTableColumn<BriefingFigure>[] = [
    { id: 'cycle', header: t('figures.cycle'), primary: true, cell: (f) => (f.spanFrom ? `${f.spanFrom}–${f.cycle}` : f.cycle) },
    { id: 'words', header: t('figures.words'), className: 'briefing-figures__words', cell: (f) => f.words },
    { id: 'qualifier', header: t('figures.qualifier'), cell: (f) => tc(`qualifier.${f.qualifier}`) },
    { id: 'paragraph', header: t('figures.paragraph'), cell: (f) => (f.paragraph === null ? '—' : `¶ ${f.paragraph}`) },
    {
      id: 'source',
      header: t('figures.source'),
      className: 'briefing-figures__source',
      cell: (f, index) => {
        const o = indicator.observations[index];
        const noteShown = f.markers.some((m) => m.kind === 'cycle_inferred' && m.note !== null);
        return (
          <>
            {o?.quote ? (
              <q className="briefing-figures__quote">
                <EnglishText>{o.quote}</EnglishText>
              </q>
            ) : null}
            {f.markers.map((m) => (
              <span key={m.kind} className="briefing-figures__marker" data-marker={m.kind}>
                {m.label}
                {m.note ? (
                  <>
                    {': '}
                    <EnglishText>{m.note}</EnglishText>
                  </>
                ) : null}
              </span>
            ))}
            {o?.note && !noteShown ? (
              <span className="briefing-figures__note">
                <EnglishText>{o.note}</EnglishText>
              </span>
            ) : null}
            {f.counted ? <span className="briefing-figures__note">{f.counted}</span> : null}
          </>
        );
      },
    },
  ];
  return (
    <DataTable
      className="briefing-figures__table"
      regionClassName="briefing-figures"
      caption={t('figures.caption', { title: indicator.title })}
      columns={columns}
      rows={item.figures}
      rowKey={(f, index) => `${f.spanFrom ?? ''}-${f.cycle}-${index}`}
      rowAttributes={(f) => ({ 'data-qualifier': f.qualifier })}
    />
  );
}
