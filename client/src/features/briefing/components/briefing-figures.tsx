// Every figure of an indicator as the document states it, with its qualifier, paragraph, quote and notes: on screen and
// on paper (the chart's own data table is left off the printed page; this one is the briefing's).
import { useTranslation } from 'react-i18next';
import type { BriefingIndicator } from '@ccm/shared/schemas/briefing';
import { EnglishText } from '../../../components/ui/localized-text.tsx';

export function BriefingFigures({ item }: { item: BriefingIndicator }) {
  const { t } = useTranslation('briefing');
  const { t: tc } = useTranslation();
  const { indicator } = item;
  const captionId = `briefing-figures-${indicator.id}`;
  if (item.figures.length === 0) return null;
  return (
    <div className="briefing-figures" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="briefing-figures__table">
        <caption id={captionId}>{t('figures.caption', { title: indicator.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.cycle')}</th>
            <th scope="col">{t('figures.words')}</th>
            <th scope="col">{t('figures.qualifier')}</th>
            <th scope="col">{t('figures.paragraph')}</th>
            <th scope="col">{t('figures.source')}</th>
          </tr>
        </thead>
        <tbody>
          {item.figures.map((f, index) => {
            const o = indicator.observations[index];
            const noteShown = f.markers.some((m) => m.kind === 'cycle_inferred' && m.note !== null);
            return (
              <tr key={`${f.spanFrom ?? ''}-${f.cycle}-${index}`} data-qualifier={f.qualifier}>
                <th scope="row">{f.spanFrom ? `${f.spanFrom}–${f.cycle}` : f.cycle}</th>
                <td className="briefing-figures__words">{f.words}</td>
                <td>{tc(`qualifier.${f.qualifier}`)}</td>
                <td>{f.paragraph === null ? '—' : `¶ ${f.paragraph}`}</td>
                <td className="briefing-figures__source">
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
