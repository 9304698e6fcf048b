// Every observation of an indicator: cycle or span, value, "n of N" and share, qualifier in words, paragraph with its
// quote, note (and published corrections), the conflicts whose statements cite the same paragraph, and how the document
// states the figure: "Under review by the ISU", "Cycle inferred".
import { useTranslation } from 'react-i18next';
import type { Conflict, Indicator } from '@ccm/shared/schemas/api';
import { cycleLabel } from '../../../lib/cycles.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useObservationText } from '../../../lib/observation-text.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { ObservationMarks, observationMarks } from '../../../components/ui/observation-marks.tsx';

export function ObservationTable({ indicator, conflicts }: { indicator: Indicator; conflicts: readonly Conflict[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useObservationText(indicator);
  const caption = t('observation.caption', { title: indicator.title });
  const dash = t('observation.none');

  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table observation-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('observation.column.cycle')}</th>
              <th scope="col">{t('observation.column.value')}</th>
              <th scope="col">{t('observation.column.ofPopulation')}</th>
              <th scope="col">{t('observation.column.share')}</th>
              <th scope="col">{t('observation.column.qualifier')}</th>
              <th scope="col">{t('observation.column.source')}</th>
              <th scope="col">{t('observation.column.note')}</th>
              <th scope="col">{t('observation.column.conflicts')}</th>
            </tr>
          </thead>
          <tbody>
            {indicator.observations.map((o, index) => {
              const paragraph = o.source.paragraph;
              const related = conflicts.filter((c) => paragraph !== null && c.statements.some((s) => s.paragraph === paragraph));
              const revisions = o.revisions;
              return (
                <tr
                  key={`${o.spanFrom ?? ''}-${o.cycle}-${paragraph ?? ''}-${index}`}
                  data-cycle={cycleLabel(o)}
                  data-qualifier={o.qualifier}
                  data-inferred={o.cycleInferred ? 'true' : undefined}
                  data-under-review={o.underReview ? 'true' : undefined}
                >
                  <th scope="row" data-field="cycle">
                    {cycleLabel(o)}
                  </th>
                  <td className="numeric">
                    <span data-field="value">{text.value(o)}</span>
                    <ObservationMarks marks={observationMarks(o)} />
                  </td>
                  <td data-field="ofPopulation">{text.ofPopulation(o) ?? dash}</td>
                  <td className="numeric" data-field="share">
                    {text.share(o) ?? dash}
                  </td>
                  <td data-field="qualifier">{text.qualifier(o)}</td>
                  <td data-field="source">
                    {paragraph === null ? (
                      <EnglishText>{o.source.document}</EnglishText>
                    ) : o.quote ? (
                      <details className="quote-toggle">
                        <summary>
                          {t('observation.paragraph', { paragraph })}
                          <span className="visually-hidden"> {t('observation.showQuote')}</span>
                        </summary>
                        <blockquote className="quote" lang="en" dir="ltr">
                          {o.quote}
                        </blockquote>
                      </details>
                    ) : (
                      t('observation.paragraph', { paragraph })
                    )}
                  </td>
                  <td data-field="note">
                    {o.note !== null ? <EnglishText>{o.note}</EnglishText> : revisions.length === 0 ? dash : null}
                    {revisions.map((r) => (
                      <span key={r.revisedAt} className="revision">
                        {t('observation.revision', {
                          date: format.date(r.revisedAt),
                          value: r.previousValue === null ? t(`observation.reporting.${r.previousReporting}`) : format.number(r.previousValue),
                        })}
                        {r.reason ? (
                          <>
                            {' '}
                            <EnglishText>{r.reason}</EnglishText>
                          </>
                        ) : null}
                      </span>
                    ))}
                  </td>
                  <td data-field="conflicts">
                    {related.length === 0
                      ? dash
                      : related.map((c, n) => (
                          // Several conflicts cite one paragraph: each link says which, so none reads the same as another.
                          <a key={c.id} href={`#conflict-${c.id}`} className="conflict-link">
                            {related.length === 1 ? t('observation.conflictLink') : t('observation.conflictLinkNumbered', { n: n + 1 })}
                          </a>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <WithdrawnFigures indicator={indicator} />
    </>
  );
}

/** Figures the ISU published and then withdrew: they are gone from the table, so the page says when and why. */
function WithdrawnFigures({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (indicator.withdrawn.length === 0) return null;
  return (
    <div className="withdrawn-figures">
      <h3 id="indicator-withdrawn">{t('observation.withdrawnHeading')}</h3>
      <ul aria-labelledby="indicator-withdrawn">
        {indicator.withdrawn.map((w) => (
          <li key={`${w.spanFrom ?? ''}-${w.cycle}`} data-cycle={cycleLabel(w)}>
            <strong>{cycleLabel(w)}</strong>
            {': '}
            {t('observation.withdrawn', { date: format.date(w.withdrawnAt), value: w.previousValue === null ? '—' : format.number(w.previousValue) })}
            {w.reason ? (
              <>
                {' '}
                <EnglishText>{w.reason}</EnglishText>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
