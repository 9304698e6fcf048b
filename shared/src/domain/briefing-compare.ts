// "What changed since the briefing of <date>": the figures of a pillar's indicators published or withdrawn on or after
// that date, each as before → after, the figure in force worded as the document states it; and the statuses the ISU set
// and published since then, beside what the rule gives.
import type { Indicator } from '../schemas/api.ts';
import type { BriefingComparison, BriefingComparisonChange } from '../schemas/briefing.ts';
import { describeFigure, fill, type BriefingTemplates } from './briefing.ts';

export interface PublishedFigureChange {
  indicatorId: string;
  cycle: string;
  spanFrom: string | null;
  value: number | null;
  previousValue: number | null;
  added: boolean;
  publishedAt: string;
}

export interface ComparisonInput {
  since: string;
  indicators: Indicator[];
  /** Published changes of figures, any order. */
  changes: PublishedFigureChange[];
  t: BriefingTemplates;
  fmt: (n: number) => string;
  lang: string;
  /** The plan's reporting cycles (the deadline left out). */
  reporting: string[];
  /** A date in the briefing's language. */
  formatDate: (iso: string) => string;
}

export function compareSince(input: ComparisonInput): BriefingComparison {
  const { since, t, fmt } = input;
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const wording = { t, fmt, reporting: input.reporting, lang: input.lang };
  const figures: BriefingComparisonChange[] = input.changes
    .filter((c) => byId.has(c.indicatorId) && c.publishedAt.slice(0, 10) >= since)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.indicatorId.localeCompare(b.indicatorId))
    .map((c) => {
      const indicator = byId.get(c.indicatorId) as Indicator;
      const kind = c.value === null && !c.added ? 'withdrawn' : c.added ? 'added' : 'revised';
      // The figure in force, when this change is the one that set it: its words as the document states it.
      const current = indicator.observations.find((o) => o.cycle === c.cycle && o.spanFrom === c.spanFrom && o.value === c.value);
      const after = c.value === null ? null : current ? describeFigure(current, indicator, wording).words : fmt(c.value);
      const before = c.previousValue === null ? '—' : fmt(c.previousValue);
      const cycle = c.spanFrom ? `${c.spanFrom}–${c.cycle}` : c.cycle;
      const params = { title: indicator.title, cycle, before, after: after ?? '—', date: input.formatDate(c.publishedAt) };
      const text = fill(t[kind === 'added' ? 'compare.added' : kind === 'withdrawn' ? 'compare.withdrawn' : 'compare.revised'], params);
      return { indicatorId: c.indicatorId, indicatorTitle: indicator.title, cycle: c.cycle, spanFrom: c.spanFrom, kind, before: c.previousValue, after: c.value, publishedAt: c.publishedAt, text };
    });
  // A status the ISU set and published on or after the date: what the public sees instead of the rule's result.
  const statuses: BriefingComparisonChange[] = input.indicators
    .filter((i) => i.override?.publishedAt != null && i.override.publishedAt.slice(0, 10) >= since)
    .map((i) => {
      const publishedAt = i.override?.publishedAt ?? '';
      const deadline = i.status.inputs.deadlineCycle;
      const label = (code: string) => fill(t[`status.${code}` as keyof BriefingTemplates], { deadline });
      const text = fill(t['compare.status'], { title: i.title, status: label(i.status.code), computed: label(i.computedStatus ?? i.status.code), date: input.formatDate(publishedAt) });
      return { indicatorId: i.id, indicatorTitle: i.title, cycle: null, spanFrom: null, kind: 'status' as const, before: null, after: null, publishedAt, text };
    });
  const changes = [...figures, ...statuses].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.indicatorId.localeCompare(b.indicatorId));
  const date = input.formatDate(`${since}T00:00:00Z`);
  const sentence = changes.length === 0 ? fill(t['compare.none'], { date }) : fill(t['compare.some'], { date, count: fmt(changes.length) });
  return { since, sentence, changes };
}
