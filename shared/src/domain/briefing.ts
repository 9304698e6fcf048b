// Builds a pillar briefing from the data: every sentence comes from a template over the figures, never free text.
import type { Action, ActionPlan, Conflict, Indicator, Observation, Pillar } from '../schemas/api.ts';
import type { Briefing, BriefingIndicator, BriefingRecentChange } from '../schemas/briefing.ts';
import { FLAGGED_STATUS_CODES, STATUS_CODES, type StatusCode } from '../schemas/common.ts';

/** Sentence templates, keyed; `{name}` placeholders. Other languages supply the same keys. */
export const BRIEFING_TEMPLATES_EN = {
  title: 'Briefing: {pillar}',
  'headline.none': 'None of the {count} actions of {pillar} has a figure in the source; they are described in words below.',
  'headline.counts': 'Of the {count} {pillar} indicators with figures, {parts}.',
  'headline.countsOne': 'The one {pillar} indicator with figures: {parts}.',
  'headline.allAchieved': 'All {count} {pillar} indicators with figures are achieved.',
  'headline.flagged': '{count} flagged: {titles}.',
  'headline.noFlags': 'No indicator of this pillar is stalled or declining.',
  'headline.withoutFigures': '{count} of its {actions} actions have no figure in the source.',
  'part.achieved': '{n} achieved',
  'part.on_track': '{n} on track',
  'part.needs_acceleration': '{n} {verb} acceleration',
  'part.improving': '{n} improving',
  'part.stalled': '{n} stalled',
  'part.declining': '{n} declining',
  'part.insufficient_data': '{n} without enough comparable figures to judge',
  'verb.needs.one': 'needs',
  'verb.needs.many': 'need',
  'list.and': ' and ',
  'list.comma': ', ',
  'latest.ofN': '{n} of {N} ({pct}%) in {cycle}',
  'latest.count': '{n} in {cycle}',
  'change.ofN': 'From {n0} to {n1} of {N} between {from} and {to} ({delta} {unit}, {points} percentage points).',
  'change.count': 'From {n0} to {n1} between {from} and {to} ({delta} {unit}).',
  'question.stalled': 'Which States Parties expect to report progress on “{title}” before the {deadline}? {remaining}',
  'question.declining': 'What explains the fall in “{title}” between {from} and {to}, and what would reverse it?',
  'question.needs_acceleration': 'What support would let more States Parties report “{title}” before the {deadline}?',
  'question.insufficient_data': 'Can States Parties report “{title}” cycle by cycle, so that progress can be measured?',
  'question.conflict': 'Which figure should the Review Document keep? {description}',
  'question.remaining': '{n} still to go.',
  'since.none': 'No figure of this pillar was added or revised since {cycle} was published.',
  'since.some': '{count} figure(s) of this pillar were added or revised since {cycle} was published.',
  'since.noCycle': 'No figure of this pillar was added or revised after publication.',
  'since.added': '{title}: {value} added for {cycle} on {date}.',
  'since.revised': '{title}: {cycle} revised on {date}, was {previous}, now {value}.',
  'meta.subtitle': '{plan} · reporting cycles {cycles} · deadline {deadline}',
  'meta.source': 'Source: {document}. Data version {version}{updated}. Every figure cites its paragraph (¶).',
  'meta.updated': ', last changed {date}',
  'section.headline': 'Summary',
  'section.flagged': 'Flagged indicators',
  'section.others': 'Other indicators',
  'section.noFigures': 'Actions without figures',
  'section.conflicts': 'Data conflicts in the source',
  'section.questions': 'Questions for the meeting',
  'section.since': 'What changed since the last MSP',
  'label.action': 'Action {number}',
  'label.status': 'Status',
  'label.override': 'Status set by the ISU: {status}. Justification: {justification}',
  'label.latest': 'Latest figure',
  'label.sincePrevious': 'Since the previous cycle',
  'label.sinceBaseline': 'Since the baseline',
  'label.paragraphs': 'Paragraphs',
  'label.chart': 'Chart of {title} by reporting cycle',
  'label.none': 'None.',
  'col.cycle': 'Cycle',
  'col.value': 'Value',
  'col.share': 'n of N',
  'col.qualifier': 'Qualifier',
  'col.paragraph': '¶',
  'col.note': 'Note',
  'status.achieved': 'Achieved',
  'status.on_track': 'On track',
  'status.needs_acceleration': 'Needs acceleration',
  'status.improving': 'Improving',
  'status.stalled': 'Stalled',
  'status.declining': 'Declining',
  'status.insufficient_data': 'Insufficient data',
  'qualifier.exact': 'exact',
  'qualifier.at_least': 'at least',
  'qualifier.at_most': 'at most',
  'qualifier.average': 'average',
  'qualifier.approximate': 'approximately',
  'footer.page': 'Page',
} as const;
export type BriefingTemplateKey = keyof typeof BRIEFING_TEMPLATES_EN;
export type BriefingTemplates = Record<BriefingTemplateKey, string>;

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function joinList(items: string[], t: BriefingTemplates): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t['list.comma'])}${t['list.and']}${items.at(-1) ?? ''}`;
}

export interface BriefingInput {
  pillar: Pillar;
  actionPlan: ActionPlan;
  actions: Action[];
  indicators: Indicator[];
  conflicts: Conflict[];
  recentChanges: BriefingRecentChange[];
  lastPublishedCycle: string | null;
  dataVersion: number;
  updatedAt: string | null;
  document: string;
  lang: string;
  templates?: BriefingTemplates;
  formatNumber?: (n: number) => string;
}

const isUsable = (o: Observation) =>
  o.spanFrom === null && o.reporting === 'reported' && o.value !== null && (o.qualifier === 'exact' || o.qualifier === 'approximate');

export const effectiveStatus = (i: Indicator): StatusCode => i.override?.code ?? i.status.code;
const severity = (code: StatusCode) => STATUS_CODES.indexOf(code);

function describeIndicator(indicator: Indicator, t: BriefingTemplates, fmt: (n: number) => string): BriefingIndicator {
  const usable = indicator.observations.filter(isUsable);
  const last = usable.at(-1);
  const previous = usable.at(-2);
  const first = usable[0];
  const denominatorOf = (o: Observation) => o.denominator ?? indicator.denominator;
  const latest = last
    ? denominatorOf(last) !== null
      ? fill(t['latest.ofN'], { n: fmt(last.value ?? 0), N: fmt(denominatorOf(last) ?? 0), pct: fmt(Math.round(((last.value ?? 0) / (denominatorOf(last) ?? 1)) * 100)), cycle: last.cycle })
      : fill(t['latest.count'], { n: fmt(last.value ?? 0), cycle: last.cycle })
    : null;
  const change = (from: Observation | undefined, to: Observation | undefined) => {
    if (!from || !to || from === to) return null;
    const n0 = from.value ?? 0;
    const n1 = to.value ?? 0;
    const N0 = denominatorOf(from);
    const N1 = denominatorOf(to);
    const deltaCount = n1 - n0;
    const deltaPoints = N0 !== null && N1 !== null ? Math.round(((n1 / N1 - n0 / N0) * 100) * 10) / 10 : null;
    const signed = (v: number) => `${v > 0 ? '+' : ''}${fmt(v)}`;
    const sentence =
      deltaPoints !== null && N1 !== null
        ? fill(t['change.ofN'], { n0: fmt(n0), n1: fmt(n1), N: fmt(N1), from: from.cycle, to: to.cycle, delta: signed(deltaCount), unit: indicator.unit, points: signed(deltaPoints) })
        : fill(t['change.count'], { n0: fmt(n0), n1: fmt(n1), from: from.cycle, to: to.cycle, delta: signed(deltaCount), unit: indicator.unit });
    return { fromCycle: from.cycle, toCycle: to.cycle, deltaCount, deltaPoints, sentence };
  };
  return {
    indicator,
    effectiveStatus: effectiveStatus(indicator),
    latest,
    sincePrevious: change(previous, last),
    sinceBaseline: usable.length > 2 ? change(first, last) : null,
    paragraphs: [...new Set(indicator.observations.map((o) => o.source.paragraph).filter((p): p is number => p !== null))].sort((a, b) => a - b),
  };
}

export function buildBriefing(input: BriefingInput): Briefing {
  const t = input.templates ?? BRIEFING_TEMPLATES_EN;
  const fmt = input.formatNumber ?? ((n: number) => String(n));
  const pillarName = input.pillar.name;
  const described = input.indicators.map((i) => describeIndicator(i, t, fmt)).sort((a, b) => severity(a.effectiveStatus) - severity(b.effectiveStatus));
  const isFlagged = (b: BriefingIndicator) => (FLAGGED_STATUS_CODES as readonly StatusCode[]).includes(b.effectiveStatus);
  const flagged = described.filter(isFlagged);
  const others = described.filter((b) => !isFlagged(b));
  const withoutFigures = input.actions.filter((a) => a.indicators.length === 0);

  const headline: string[] = [];
  if (described.length === 0) {
    headline.push(fill(t['headline.none'], { count: fmt(input.actions.length), pillar: pillarName }));
  } else {
    const counts = STATUS_CODES.map((code) => [code, described.filter((b) => b.effectiveStatus === code).length] as const).filter(([, n]) => n > 0);
    if (counts.length === 1 && counts[0]?.[0] === 'achieved') {
      headline.push(fill(t['headline.allAchieved'], { count: fmt(described.length), pillar: pillarName }));
    } else {
      const parts = counts.map(([code, n]) => fill(t[`part.${code}`], { n: fmt(n), verb: n === 1 ? t['verb.needs.one'] : t['verb.needs.many'] }));
      const key = described.length === 1 ? 'headline.countsOne' : 'headline.counts';
      headline.push(fill(t[key], { count: fmt(described.length), pillar: pillarName, parts: joinList(parts, t) }));
    }
    headline.push(
      flagged.length > 0
        ? fill(t['headline.flagged'], { count: fmt(flagged.length), titles: joinList(flagged.map((b) => `${b.indicator.title} (${fill(t['label.action'], { number: fmt(b.indicator.action) })})`), t) })
        : t['headline.noFlags'],
    );
  }
  if (withoutFigures.length > 0 && described.length > 0) {
    headline.push(fill(t['headline.withoutFigures'], { count: fmt(withoutFigures.length), actions: fmt(input.actions.length) }));
  }

  const deadline = input.actionPlan.deadlineCycle;
  const questions: string[] = [];
  for (const b of described) {
    const title = b.indicator.title;
    const inputs = b.indicator.status.inputs;
    if (b.effectiveStatus === 'stalled') {
      const remaining = inputs.denominator !== null && inputs.nk !== null ? Math.max(0, Math.ceil(inputs.denominator - inputs.nk)) : null;
      questions.push(fill(t['question.stalled'], { title, deadline, remaining: remaining !== null && remaining > 0 ? fill(t['question.remaining'], { n: fmt(remaining) }) : '' }).trim());
    } else if (b.effectiveStatus === 'declining') {
      questions.push(fill(t['question.declining'], { title, from: inputs.baselineCycle ?? '', to: inputs.latestCycle ?? '' }));
    } else if (b.effectiveStatus === 'needs_acceleration') {
      questions.push(fill(t['question.needs_acceleration'], { title, deadline }));
    } else if (b.effectiveStatus === 'insufficient_data') {
      questions.push(fill(t['question.insufficient_data'], { title }));
    }
  }
  for (const conflict of input.conflicts) questions.push(fill(t['question.conflict'], { description: conflict.description }));

  const sinceSentence =
    input.lastPublishedCycle === null
      ? t['since.noCycle']
      : input.recentChanges.length === 0
        ? fill(t['since.none'], { cycle: input.lastPublishedCycle })
        : fill(t['since.some'], { count: fmt(input.recentChanges.length), cycle: input.lastPublishedCycle });

  const reporting = input.actionPlan.cycles.filter((c) => c !== deadline);
  return {
    pillar: { slug: input.pillar.slug, name: pillarName, actionFrom: input.pillar.actionFrom, actionTo: input.pillar.actionTo },
    actionPlan: input.actionPlan,
    cyclesCovered: reporting,
    lang: input.lang,
    title: fill(t.title, { pillar: pillarName }),
    headline,
    flagged,
    others,
    actionsWithoutFigures: withoutFigures.map((a) => ({ number: a.number, title: a.title, summary: a.summary, paragraphs: a.paragraphs })),
    conflicts: input.conflicts,
    questions,
    sinceLastMeeting: { sentence: sinceSentence, changes: input.recentChanges },
    generatedFrom: { dataVersion: input.dataVersion, updatedAt: input.updatedAt, document: input.document },
  };
}
