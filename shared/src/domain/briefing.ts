// Builds a pillar briefing from the data: every sentence comes from a template over the figures, never free text.
import type { Action, ActionPlan, Conflict, Indicator, Observation, Pillar } from '../schemas/api.ts';
import type { Briefing, BriefingChange, BriefingFigure, BriefingIndicator, BriefingMarker, BriefingRecentChange } from '../schemas/briefing.ts';
import { isFlagged, STATUS_CODES, type StatusCode } from '../schemas/common.ts';
import { figureWords, unitFor } from './figure-words.ts';
import { talkingPoints } from './talking-points.ts';
import { BRIEFING_TEMPLATES_EN, fill, joinList, type BriefingTemplates } from './briefing-wording.ts';

export { BRIEFING_TEMPLATES_EN, fill, joinList, type BriefingTemplateKey, type BriefingTemplates } from './briefing-wording.ts';

export interface BriefingInput {
  pillar: Pillar;
  actionPlan: ActionPlan;
  actions: Action[];
  indicators: Indicator[];
  /** Any conflicts: the briefing keeps those that concern the pillar (see conflictsOfPillar). */
  conflicts: Conflict[];
  recentChanges: BriefingRecentChange[];
  lastPublishedCycle: string | null;
  dataVersion: number;
  updatedAt: string | null;
  document: string;
  lang: string;
  templates?: BriefingTemplates;
  formatNumber?: (n: number) => string;
  /** A State's name in the briefing's language (codes stand in without it). */
  stateName?: (code: string) => string;
}

/** Exact or approximate, for one cycle, reported: the figures the change arithmetic may use (as the status rule does). */
const isUsable = (o: Observation) =>
  o.spanFrom === null && o.reporting === 'reported' && o.value !== null && (o.qualifier === 'exact' || o.qualifier === 'approximate');
/** Any stated figure: a bound, an average or a period figure is still a figure, worded as the document states it. */
const hasFigure = (o: Observation) => o.reporting === 'reported' && o.value !== null;

export const effectiveStatus = (i: Indicator): StatusCode => i.override?.code ?? i.status.code;
const severity = (code: StatusCode) => STATUS_CODES.indexOf(code);

/** The status label; "Too slow for the {deadline}" names the plan's deadline. */
export function statusLabel(code: StatusCode, t: BriefingTemplates, deadline: string): string {
  return fill(t[`status.${code}`], { deadline });
}

/**
 * The conflicts a pillar briefing lists: each one naming one of the pillar's indicators, wherever it is filed, and each
 * one filed under one of the pillar's actions (a conflict about Action 36's figure filed under Action 5 reaches both).
 */
export function conflictsOfPillar(conflicts: Conflict[], indicators: Indicator[], actions: Action[]): Conflict[] {
  const ids = new Set(indicators.map((i) => i.id));
  const named = new Set(indicators.flatMap((i) => i.conflicts));
  const numbers = new Set(actions.map((a) => a.number));
  return conflicts.filter((c) => c.indicators.some((id) => ids.has(id)) || (c.action !== null && numbers.has(c.action)) || named.has(c.id));
}

export interface FigureWording {
  t: BriefingTemplates;
  fmt: (n: number) => string;
  /** The plan's reporting cycles in order (the deadline left out): a span over all of them is "the review period". */
  reporting: string[];
  stateName?: (code: string) => string;
  /** The briefing's language, for the units' plural forms (English without it). */
  lang?: string;
}

/**
 * Who the figure counts, in words, as the indicator's publication level allows: the names its source gives (and how
 * many it leaves unnamed), who of the population is not counted where that is known, or that the ISU withholds the names.
 */
function countedWords(o: Observation, indicator: Indicator, { t, fmt, stateName = (code) => code }: FigureWording): string | null {
  const counted = o.counted;
  if (!counted) return null;
  const names = (codes: string[]) => joinList(codes.map(stateName), t);
  const parts: string[] = [];
  if (indicator.publicationLevel !== 'named' && counted.states.length === 0) parts.push(t['counted.withheld']);
  else if (counted.states.length > 0) {
    parts.push(!counted.complete && counted.unnamed !== null && counted.unnamed > 0 ? fill(t['counted.partly'], { names: names(counted.states), n: fmt(counted.unnamed) }) : fill(t['counted.named'], { names: names(counted.states) }));
  }
  if (counted.missing !== null) parts.push(counted.missing.length === 0 ? t['counted.noneMissing'] : fill(t['counted.missing'], { names: names(counted.missing) }));
  const cited = counted.source.paragraph !== null && counted.source.paragraph !== o.source.paragraph ? ` (¶${counted.source.paragraph})` : '';
  return parts.length === 0 ? null : `${parts.join(' ')}${cited}`;
}

function markersOf(o: Observation, { t }: FigureWording): BriefingMarker[] {
  const markers: BriefingMarker[] = [];
  if (o.underReview) {
    const { note, paragraph } = o.underReview;
    const text = paragraph !== null ? fill(t['marker.underReview.note'], { note, paragraph }) : fill(t['marker.underReview.noteOnly'], { note });
    markers.push({ kind: 'under_review', cycle: o.cycle, label: t['marker.underReview'], note, paragraph, text });
  }
  if (o.cycleInferred) {
    const note = o.note;
    const text = note ? fill(t['marker.cycleInferred.note'], { note }) : t['marker.cycleInferred'];
    markers.push({ kind: 'cycle_inferred', cycle: o.cycle, label: t['marker.cycleInferred'], note, paragraph: null, text });
  }
  return markers;
}

/** One observation in words, as the document states it: "at least 8 of 10 States Parties over the review period (10MSP–13MSP) (¶92)". */
export function describeFigure(o: Observation, indicator: Indicator, w: FigureWording): BriefingFigure {
  const { t, fmt, reporting } = w;
  const statement = { ...o, denominator: o.denominator ?? indicator.denominator, paragraph: o.source.paragraph, underReview: o.underReview !== null };
  const words = figureWords(statement, { lang: w.lang ?? 'en', t, unit: indicator.unit, reporting, fmt });
  const markers = markersOf(o, w);
  const cited = o.source.paragraph !== null ? `${words} (¶${o.source.paragraph})` : words;
  return {
    cycle: o.cycle,
    spanFrom: o.spanFrom,
    value: o.value,
    qualifier: o.qualifier,
    denominator: o.denominator,
    reporting: o.reporting,
    paragraph: o.source.paragraph,
    words,
    markers,
    text: `${cited}${markers.map((m) => ` [${m.text}]`).join('')}`,
    counted: countedWords(o, indicator, w),
  };
}

/**
 * The indices of the figures for single cycles, one per cycle, in cycle order: where a cycle has several, an exact or
 * approximate one is kept over a bound (as the status rule prefers it), else the last listed.
 */
function pointOrder(observations: Observation[], cycles: string[]): number[] {
  return observations
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => hasFigure(o) && o.spanFrom === null)
    .sort((a, b) => cycles.indexOf(a.o.cycle) - cycles.indexOf(b.o.cycle) || Number(isUsable(a.o)) - Number(isUsable(b.o)) || a.i - b.i)
    .filter(({ o }, k, sorted) => sorted[k + 1]?.o.cycle !== o.cycle)
    .map(({ i }) => i);
}

/**
 * The figure the briefing calls "latest": the last one for a single cycle (whatever its qualifier), or, when the document
 * gives none, the period figure ending last. null only when the document gives no figure at all.
 */
function latestIndex(observations: Observation[], points: number[], cycles: string[]): number | null {
  const point = points.at(-1);
  if (point !== undefined) return point;
  let period: number | null = null;
  let periodEnd = -1;
  for (const [i, o] of observations.entries()) {
    if (!hasFigure(o) || o.spanFrom === null || cycles.indexOf(o.cycle) < periodEnd) continue;
    period = i;
    periodEnd = cycles.indexOf(o.cycle);
  }
  return period;
}

function describeIndicator(indicator: Indicator, w: FigureWording, cycles: string[]): BriefingIndicator {
  const { t, fmt } = w;
  const figures = indicator.observations.map((o) => describeFigure(o, indicator, w));
  // Changes compare figures for single cycles; a period figure has no date to compare from.
  const order = pointOrder(indicator.observations, cycles);
  const points = order.flatMap((i) => {
    const o = indicator.observations[i];
    const f = figures[i];
    return o && f ? [{ o, f }] : [];
  });
  const latestAt = latestIndex(indicator.observations, order, cycles);
  const latestFigure = latestAt === null ? null : (figures[latestAt] ?? null);
  const denominatorOf = (o: Observation) => o.denominator ?? indicator.denominator;
  const signed = (v: number) => `${v > 0 ? '+' : ''}${fmt(v)}`;
  const change = (from: (typeof points)[number] | undefined, to: (typeof points)[number] | undefined): BriefingChange | null => {
    if (!from || !to || from === to) return null;
    const markers = [...from.f.markers, ...to.f.markers];
    // The cycles compared are named; reporting cycles between them without a figure of their own are said to be skipped.
    const skipped = w.reporting.slice(w.reporting.indexOf(from.o.cycle) + 1, Math.max(0, w.reporting.indexOf(to.o.cycle)));
    const skippedSentence = skipped.length > 0 ? ` ${fill(t['change.skipped'], { cycles: joinList(skipped, t) })}` : '';
    // Labels only, one bracket per figure: each marker's note is printed with the figure itself (latest figure, figures table).
    const marked = [from.f, to.f]
      .filter((f) => f.markers.length > 0)
      .map((f) => ` [${fill(t['marker.forCycle'], { cycle: f.cycle, marker: joinList(f.markers.map((m) => m.label), t) })}]`)
      .join('');
    if (!isUsable(from.o) || !isUsable(to.o)) {
      const sentence = fill(t['change.qualified'], { from: from.f.words, to: to.f.words });
      return { fromCycle: from.o.cycle, toCycle: to.o.cycle, deltaCount: null, deltaPoints: null, markers, skipped, sentence: `${sentence}${skippedSentence}${marked}` };
    }
    const n0 = from.o.value ?? 0;
    const n1 = to.o.value ?? 0;
    const N0 = denominatorOf(from.o);
    const N1 = denominatorOf(to.o);
    const deltaCount = n1 - n0;
    const deltaPoints = N0 !== null && N1 !== null ? Math.round((n1 / N1 - n0 / N0) * 100 * 10) / 10 : null;
    const params = { n0: fmt(n0), n1: fmt(n1), from: from.o.cycle, to: to.o.cycle, delta: signed(deltaCount), unit: unitFor(indicator.unit, Math.abs(deltaCount), w.lang ?? 'en') };
    const sentence =
      deltaPoints !== null && N1 !== null
        ? fill(t['change.ofN'], { ...params, N: fmt(N1), points: signed(deltaPoints) })
        : fill(t['change.count'], params);
    return { fromCycle: from.o.cycle, toCycle: to.o.cycle, deltaCount, deltaPoints, markers, skipped, sentence: `${sentence}${skippedSentence}${marked}` };
  };
  const code = effectiveStatus(indicator);
  return {
    indicator,
    effectiveStatus: code,
    latest: latestFigure?.text ?? null,
    latestFigure,
    figures,
    // The catalogue words the projection in the briefing's language; it is shown once the status is judged.
    projection: code !== 'insufficient_data' ? (indicator.status.projection?.text ?? null) : null,
    sincePrevious: change(points.at(-2), points.at(-1)),
    sinceBaseline: points.length > 2 ? change(points[0], points.at(-1)) : null,
    paragraphs: [...new Set(indicator.observations.map((o) => o.source.paragraph).filter((p): p is number => p !== null))].sort((a, b) => a - b),
  };
}

export function buildBriefing(input: BriefingInput): Briefing {
  const t = input.templates ?? BRIEFING_TEMPLATES_EN;
  const fmt = input.formatNumber ?? ((n: number) => String(n));
  const pillarName = input.pillar.name;
  const deadline = input.actionPlan.deadlineCycle;
  const reporting = input.actionPlan.cycles.filter((c) => c !== deadline);
  const wording: FigureWording = { t, fmt, reporting, lang: input.lang, ...(input.stateName ? { stateName: input.stateName } : {}) };
  const described = input.indicators
    .map((i) => describeIndicator(i, wording, input.actionPlan.cycles))
    .sort((a, b) => severity(a.effectiveStatus) - severity(b.effectiveStatus));
  const flagged = described.filter((b) => isFlagged(b.effectiveStatus));
  const others = described.filter((b) => !isFlagged(b.effectiveStatus));
  const withoutFigures = input.actions.filter((a) => a.indicators.length === 0);
  const conflicts = conflictsOfPillar(input.conflicts, input.indicators, input.actions);

  const headline: string[] = [];
  if (described.length === 0) {
    headline.push(fill(t['headline.none'], { count: fmt(input.actions.length), pillar: pillarName }));
  } else {
    const counts = STATUS_CODES.map((code) => [code, described.filter((b) => b.effectiveStatus === code).length] as const).filter(([, n]) => n > 0);
    if (counts.length === 1 && counts[0]?.[0] === 'achieved') {
      headline.push(fill(t['headline.allAchieved'], { count: fmt(described.length), pillar: pillarName }));
    } else {
      const parts = counts.map(([code, n]) => fill(t[`part.${code}`], { n: fmt(n), verb: n === 1 ? t['verb.needs.one'] : t['verb.needs.many'], deadline }));
      const key = described.length === 1 ? 'headline.countsOne' : 'headline.counts';
      headline.push(fill(t[key], { count: fmt(described.length), pillar: pillarName, parts: joinList(parts, t) }));
    }
    headline.push(
      flagged.length > 0
        ? fill(t['headline.flagged'], { count: fmt(flagged.length), titles: joinList(flagged.map((b) => `${b.indicator.title} (${fill(t['label.action'], { number: fmt(b.indicator.action) })})`), t) })
        : fill(t['headline.noFlags'], { deadline }),
    );
  }
  if (withoutFigures.length > 0 && described.length > 0) {
    headline.push(fill(t['headline.withoutFigures'], { count: fmt(withoutFigures.length), actions: fmt(input.actions.length) }));
  }

  const points = talkingPoints(described, conflicts, { t, fmt, lang: input.lang, deadline });

  const sinceSentence =
    input.lastPublishedCycle === null
      ? t['since.noCycle']
      : input.recentChanges.length === 0
        ? fill(t['since.none'], { cycle: input.lastPublishedCycle })
        : fill(t['since.some'], { count: fmt(input.recentChanges.length), cycle: input.lastPublishedCycle });

  return {
    pillar: { slug: input.pillar.slug, name: pillarName, actionFrom: input.pillar.actionFrom, actionTo: input.pillar.actionTo, i18n: input.pillar.i18n },
    actionPlan: input.actionPlan,
    cyclesCovered: reporting,
    lang: input.lang,
    title: fill(t.title, { pillar: pillarName }),
    headline,
    flagged,
    others,
    actionsWithoutFigures: withoutFigures.map((a) => ({ number: a.number, title: a.title, summary: a.summary, paragraphs: a.paragraphs, i18n: a.i18n })),
    conflicts,
    talkingPoints: points,
    sinceLastMeeting: { sentence: sinceSentence, changes: input.recentChanges },
    generatedFrom: { dataVersion: input.dataVersion, updatedAt: input.updatedAt, document: input.document },
  };
}
