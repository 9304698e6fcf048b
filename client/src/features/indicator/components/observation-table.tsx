// Every observation of an indicator: cycle or span, value, "n of N" and share, qualifier in words, paragraph with its
// quote, note (and published corrections), the conflicts whose statements cite the same paragraph, and how the document
// states the figure: "Under review by the ISU", "Cycle inferred".
import { useTranslation } from 'react-i18next';
import type { Conflict, Indicator, Observation } from '@ccm/shared/schemas/api';
import { cycleLabel } from '../../../lib/cycles.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useObservationText } from '../../../lib/observation-text.ts';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';
import { ObservationMarks, observationMarks } from '../../../components/ui/observation-marks.tsx';

export function ObservationTable({ indicator, conflicts }: { indicator: Indicator; conflicts: readonly Conflict[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useObservationText(indicator);
  const caption = t('observation.caption', { title: indicator.title });
  const dash = t('observation.none');

  const columns: DataTableColumn<Observation>[] = [
    { id: 'cycle', header: t('observation.column.cycle'), primary: true, cell: (o) => cycleLabel(o), cellAttributes: () => ({ 'data-field': 'cycle' }) },
    {
      id: 'value',
      header: t('observation.column.value'),
      className: 'numeric',
      cell: (o) => (
        <>
          <span data-field="value">{text.value(o)}</span>
          <ObservationMarks marks={observationMarks(o)} />
        </>
      ),
    },
    { id: 'qualifier', header: t('observation.column.qualifier'), cell: (o) => text.qualifier(o), cellAttributes: () => ({ 'data-field': 'qualifier' }) },
    { id: 'ofPopulation', header: t('observation.column.ofPopulation'), className: 'numeric', cell: (o) => text.ofPopulation(o) ?? dash, cellAttributes: () => ({ 'data-field': 'ofPopulation' }) },
    { id: 'share', header: t('observation.column.share'), className: 'numeric', cell: (o) => text.share(o) ?? dash, cellAttributes: () => ({ 'data-field': 'share' }) },
    {
      id: 'source',
      header: t('observation.column.source'),
      cellAttributes: () => ({ 'data-field': 'source' }),
      cell: (o) => {
        const paragraph = o.source.paragraph;
        if (paragraph === null) return <EnglishText>{o.source.document}</EnglishText>;
        if (!o.quote) return t('observation.paragraph', { paragraph });
        return (
          <details className="quote-toggle">
            <summary>
              {t('observation.paragraph', { paragraph })}
              <span className="visually-hidden"> {t('observation.showQuote')}</span>
            </summary>
            <blockquote className="quote" lang="en" dir="ltr">
              {o.quote}
            </blockquote>
          </details>
        );
      },
    },
    {
      id: 'note',
      header: t('observation.column.note'),
      cellAttributes: () => ({ 'data-field': 'note' }),
      cell: (o) => (
        <>
          {o.note !== null ? <EnglishText>{o.note}</EnglishText> : o.revisions.length === 0 ? dash : null}
          {o.revisions.map((r) => (
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
        </>
      ),
    },
    {
      id: 'conflicts',
      header: t('observation.column.conflicts'),
      cellAttributes: () => ({ 'data-field': 'conflicts' }),
      cell: (o) => {
        const paragraph = o.source.paragraph;
        const related = conflicts.filter((c) => paragraph !== null && c.statements.some((s) => s.paragraph === paragraph));
        if (related.length === 0) return dash;
        return related.map((c, n) => (
          // Several conflicts cite one paragraph: each link says which, so none reads the same as another.
          <a key={c.id} href={`#conflict-${c.id}`} className="conflict-link">
            {related.length === 1 ? t('observation.conflictLink') : t('observation.conflictLinkNumbered', { n: n + 1 })}
          </a>
        ));
      },
    },
  ];

  return (
    <>
      <DataTable
        className="observation-table"
        caption={caption}
        columns={columns}
        rows={indicator.observations}
        rowKey={(o, index) => `${o.spanFrom ?? ''}-${o.cycle}-${o.source.paragraph ?? ''}-${index}`}
        rowAttributes={(o) => ({
          'data-cycle': cycleLabel(o),
          'data-qualifier': o.qualifier,
          'data-inferred': o.cycleInferred ? 'true' : undefined,
          'data-under-review': o.underReview ? 'true' : undefined,
        })}
      />
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
