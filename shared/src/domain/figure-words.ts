// Every figure in words as the Review Document states it: "at least 8 of 10 States Parties over the review period
// (10MSP–13MSP) (¶92)", "all 12 States Parties in 12MSP (¶142)", "not reported", with "under review by the ISU" and
// "cycle inferred" where they apply. Pure: the page, the printed page, the Word file and the CSV all take their words here.
//
// The phrases are the briefing templates' ('figure.*', 'when.*', 'marker.*'; shared/src/i18n/briefing-templates.ts in
// four languages). Units agree in number through Intl.PluralRules, as the interface catalogues' _one/_few/… keys do: the
// unit takes the plural category of the number written just before it ("1 State Party", "au moins 1 État partie sur 10",
// "at least 1 of 10 States Parties"). Arabic's six categories all read "من الدول الأطراف" ("of the States Parties"), the
// partitive the Arabic templates use so that no number–noun agreement is needed.
import type { Qualifier, Reporting } from '../schemas/common.ts';
import { pluralCategory, unitFor } from '../i18n/unit-counts.ts';

export { pluralCategory, unitFor };

export const FIGURE_TEMPLATE_KEYS = [
  'figure.all',
  'figure.exact.ofN',
  'figure.exact',
  'figure.at_least.ofN',
  'figure.at_least',
  'figure.at_most.ofN',
  'figure.at_most',
  'figure.average.ofN',
  'figure.average',
  'figure.approximate.ofN',
  'figure.approximate',
  'figure.not_reported',
  'figure.not_applicable',
  'figure.noValue',
  'when.cycle',
  'when.reviewPeriod',
  'when.span',
  'marker.underReview',
  'marker.cycleInferred',
] as const;
export type FigureTemplateKey = (typeof FIGURE_TEMPLATE_KEYS)[number];
export type FigureTemplates = Record<FigureTemplateKey, string>;

/** One figure as the document states it (an observation, its population size already resolved). */
export interface FigureStatement {
  cycle: string;
  /** First cycle of a figure given for a period as a whole; null for one cycle. */
  spanFrom: string | null;
  value: number | null;
  qualifier: Qualifier;
  /** The population the figure counts among ("of 10"), when its size is known. */
  denominator: number | null;
  reporting: Reporting;
  paragraph: number | null;
  underReview?: boolean;
  cycleInferred?: boolean;
}

export interface FigureWordsContext {
  lang: string;
  t: FigureTemplates;
  /** The unit of count as the indicator gives it, in the plural and in the figure's language ("States Parties"). */
  unit: string;
  /** The plan's reporting cycles in order (the deadline left out): a span over all of them is "the review period". */
  reporting: readonly string[];
  fmt?: (n: number) => string;
}

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);

/** Fills a template whose {unit} agrees with the number written just before it ({n} or {N}). */
function fillAgreeing(template: string, n: number, N: number | null, ctx: FigureWordsContext, params: Record<string, string>): string {
  const at = template.indexOf('{unit}');
  const before = at === -1 ? '' : template.slice(0, at);
  const count = N !== null && before.lastIndexOf('{N}') > before.lastIndexOf('{n}') ? N : n;
  return fill(template, { ...params, unit: unitFor(ctx.unit, count, ctx.lang) });
}

/** How much, as the document states it: "at least 8 of 10 States Parties", "all 12 States Parties", "not reported". */
export function figureAmount(f: FigureStatement, ctx: FigureWordsContext): string {
  const { t } = ctx;
  const fmt = ctx.fmt ?? String;
  if (f.reporting !== 'reported') return t[`figure.${f.reporting}`];
  if (f.value === null) return t['figure.noValue'];
  const N = f.denominator;
  const n = fmt(f.value);
  if (N === null) return fillAgreeing(t[`figure.${f.qualifier}`], f.value, null, ctx, { n });
  if (f.qualifier === 'exact' && f.value === N) return fillAgreeing(t['figure.all'], N, N, ctx, { N: fmt(N) });
  if (f.qualifier === 'exact') return fillAgreeing(t['figure.exact.ofN'], f.value, N, ctx, { n, N: fmt(N), pct: fmt(N > 0 ? Math.round((f.value / N) * 100) : 0) });
  return fillAgreeing(t[`figure.${f.qualifier}.ofN`], f.value, N, ctx, { n, N: fmt(N) });
}

/** When: "in 13MSP", "over the review period (10MSP–13MSP)", "between 10MSP and 12MSP". */
export function figureWhen(f: Pick<FigureStatement, 'cycle' | 'spanFrom'>, ctx: Pick<FigureWordsContext, 't' | 'reporting'>): string {
  const { t, reporting } = ctx;
  if (f.spanFrom === null) return fill(t['when.cycle'], { cycle: f.cycle });
  if (f.spanFrom === reporting[0] && f.cycle === reporting.at(-1)) return fill(t['when.reviewPeriod'], { from: f.spanFrom, to: f.cycle });
  return fill(t['when.span'], { from: f.spanFrom, to: f.cycle });
}

/** The figure in words without its source: "at least 8 of 10 States Parties over the review period (10MSP–13MSP)". */
export function figureWords(f: FigureStatement, ctx: FigureWordsContext): string {
  return `${figureAmount(f, ctx)} ${figureWhen(f, ctx)}`;
}

/**
 * The figure in words with its paragraph and its short markers, for a table cell or a CSV column:
 * "9 of 12 (75%) in 13MSP (¶143)", "at least 23 States Parties over the review period (10MSP–13MSP) (¶186) [under review by the ISU]".
 */
export function figureSentence(f: FigureStatement, ctx: FigureWordsContext): string {
  const words = figureWords(f, ctx);
  const cited = f.paragraph !== null ? `${words} (¶${f.paragraph})` : words;
  const markers = [...(f.underReview ? [ctx.t['marker.underReview']] : []), ...(f.cycleInferred ? [ctx.t['marker.cycleInferred']] : [])];
  return `${cited}${markers.map((m) => ` [${m}]`).join('')}`;
}
