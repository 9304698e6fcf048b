// How the document states a figure, said in words wherever the figure is listed: "Under review by the ISU" (the drafters
// marked its paragraph for checking; their note and paragraph are behind a disclosure) and "Cycle inferred" (the
// document gives the figure for an unnamed point of a period; the note says which cycle was assumed and why).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '@ccm/shared/schemas/api';
import { cycleLabel } from '../../lib/cycles.ts';
import type { ChartMarks as Marks } from '../../lib/indicator-chart-model.ts';
import { EnglishText } from './localized-text.tsx';

export type { Marks };
export { marksOf as observationMarks } from '../../lib/indicator-chart-model.ts';

export const hasMarks = (m: Marks) => m.inferred || m.underReview !== null;

/** The marks as one plain line, for an SVG <title> (a chart's tooltip) or a title attribute. */
export function useMarksText(): (marks: Marks) => string {
  const { t } = useTranslation();
  return (marks) => {
    const parts: string[] = [];
    if (marks.inferred) parts.push(marks.note ? t('marks.inferredWithNote', { note: marks.note }) : t('marks.cycleInferred'));
    if (marks.underReview) {
      const review = marks.underReview;
      parts.push(
        review.paragraph === null
          ? t('marks.underReviewWithNote', { note: review.note })
          : t('marks.underReviewWithParagraph', { note: review.note, paragraph: review.paragraph }),
      );
    }
    return parts.join(t('marks.separator'));
  };
}

function MarkIcon({ kind }: { kind: MarkKind }) {
  return (
    <svg className="mark__icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {kind === 'review' ? (
        // A dashed ring, as drawn around the figure in the charts.
        <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.2 1.6" />
      ) : (
        // A hollow diamond, as the chart draws a point whose cycle was inferred.
        <path d="M6 1.2 10.8 6 6 10.8 1.2 6z" fill="none" stroke="currentColor" strokeWidth="1.6" />
      )}
    </svg>
  );
}

type MarkKind = 'review' | 'inferred';
const DATA_MARK: Record<MarkKind, string> = { review: 'under-review', inferred: 'cycle-inferred' };

/** A mark as a tag: its icon and its words. */
function MarkTag({ kind, children }: { kind: MarkKind; children: ReactNode }) {
  return (
    <span className={`mark mark--${kind}`} data-mark={DATA_MARK[kind]}>
      <MarkIcon kind={kind} />
      {children}
    </span>
  );
}

/** A mark whose note is behind a disclosure: the tag is its summary. */
function MarkDetails({ kind, label, children }: { kind: MarkKind; label: string; children: ReactNode }) {
  return (
    <details className={`mark mark--${kind} mark-details`} data-mark={DATA_MARK[kind]}>
      <summary>
        <MarkIcon kind={kind} />
        {label}
      </summary>
      <span className="mark-details__body">{children}</span>
    </details>
  );
}

/**
 * The marks of one figure. `disclosure` (table cells and blocks: it is a <div>) puts the note and paragraph behind a
 * <details>; `plain` (inline, or inside a link where nothing else may be interactive) gives them as the tag's title.
 */
export function ObservationMarks({ marks, variant = 'disclosure' }: { marks: Marks; variant?: 'disclosure' | 'plain' }) {
  const { t } = useTranslation();
  const text = useMarksText();
  if (!hasMarks(marks)) return null;
  const review = marks.underReview;
  if (variant === 'plain') {
    return (
      <span className="marks" title={text(marks)}>
        {review ? (
          <MarkTag kind="review">{t('marks.underReview')}</MarkTag>
        ) : null}
        {marks.inferred ? (
          <MarkTag kind="inferred">{t('marks.cycleInferred')}</MarkTag>
        ) : null}
      </span>
    );
  }
  return (
    <div className="marks">
      {review ? (
        <MarkDetails kind="review" label={t('marks.underReview')}>
          {t('marks.reviewIntro')}{' '}
          <q className="mark-details__note">
            <EnglishText>{review.note}</EnglishText>
          </q>
          {review.paragraph !== null ? <> ({t('observation.paragraph', { paragraph: review.paragraph })})</> : null}
        </MarkDetails>
      ) : null}
      {marks.inferred ? (
        <MarkDetails kind="inferred" label={t('marks.cycleInferred')}>
          {t('marks.inferredIntro')}
          {marks.note ? (
            <>
              {' '}
              <EnglishText>{marks.note}</EnglishText>
            </>
          ) : null}
        </MarkDetails>
      ) : null}
    </div>
  );
}

/** Cycles of an indicator's figures that are under review, and those whose cycle was inferred. */
export function indicatorMarkCycles(indicator: Pick<Indicator, 'observations'>): { underReview: string[]; inferred: string[] } {
  const label = (o: Observation) => cycleLabel(o);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    underReview: unique(indicator.observations.filter((o) => o.underReview !== null).map(label)),
    inferred: unique(indicator.observations.filter((o) => o.cycleInferred).map(label)),
  };
}

/** An indicator's marks for a card or list: "Under review by the ISU: 13MSP", "Cycle inferred: 12MSP". Never interactive. */
export function IndicatorMarks({ indicator }: { indicator: Pick<Indicator, 'observations'> }) {
  const { t } = useTranslation();
  const cycles = indicatorMarkCycles(indicator);
  if (cycles.underReview.length === 0 && cycles.inferred.length === 0) return null;
  const list = (items: string[]) => items.join(t('common.listSeparator'));
  return (
    <span className="marks marks--indicator">
      {cycles.underReview.length > 0 ? (
        <MarkTag kind="review">{t('marks.underReviewCycles', { cycles: list(cycles.underReview) })}</MarkTag>
      ) : null}
      {cycles.inferred.length > 0 ? (
        <MarkTag kind="inferred">{t('marks.cycleInferredCycles', { cycles: list(cycles.inferred) })}</MarkTag>
      ) : null}
    </span>
  );
}
