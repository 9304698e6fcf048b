// The status sentences: the English templates, their rendering (bounds, lists and status labels worded in the
// template map's language, the unit agreeing with its number), and the params a sentence hands back.
import { STATUS_CODES, type StatusCode } from '../schemas/common.ts';
import type { ReasonParams } from '../schemas/status.ts';
import { unitFor } from '../i18n/unit-counts.ts';
import { finiteOrNull } from './classify-numbers.ts';

/**
 * The English texts, keyed: one sentence per (code, variant) under status.reason.*, the projection sentences, the note
 * on inferred cycles, and the small phrases formatReason builds parameters from (bounds, lists, status labels).
 * A translation supplies a map with the same keys and the same {placeholders} (shared/src/i18n/reason-templates.ts).
 */
export const REASON_TEMPLATES = {
  // 1 and 3: too little to judge.
  'status.reason.insufficient_none':
    'Insufficient data: no figure for a single cycle has been given yet, so no trend can be judged; figures for two cycles would settle it.',
  'status.reason.insufficient_period':
    'Insufficient data: the document gives figures for the period as a whole, not for each cycle, so no trend can be judged; figures for two cycles would settle it.',
  'status.reason.insufficient_one_share':
    'Insufficient data: only one usable figure so far ({nk} of {N} {unit}, {pctK}%, in {latestCycle}), and a trend needs at least {minPoints}: a figure for another cycle would settle it.',
  'status.reason.insufficient_one_count':
    'Insufficient data: only one usable figure so far ({nk} {unit} in {latestCycle}), and a trend needs at least {minPoints}: a figure for another cycle would settle it.',
  'status.reason.insufficient_few_share':
    'Insufficient data: only {usablePoints} usable figures so far, the latest {nk} of {N} {unit} ({pctK}%) in {latestCycle}, and a trend needs at least {minPoints}: figures for more cycles would settle it.',
  'status.reason.insufficient_few_count':
    'Insufficient data: only {usablePoints} usable figures so far, the latest {nk} {unit} in {latestCycle}, and a trend needs at least {minPoints}: figures for more cycles would settle it.',
  // 8: bounds that leave the status open.
  'status.reason.insufficient_range':
    'Insufficient data: the figures allow anything from {from} to {to}; a figure for {cycles} would settle it.',
  'status.reason.insufficient_range_several':
    'Insufficient data: the figures allow anything from {from} to {to}; figures for {cycles} would settle it.',
  'status.reason.insufficient_either':
    'Insufficient data: the figures allow either {from} or {to}; a figure for {cycles} would settle it.',
  'status.reason.insufficient_either_several':
    'Insufficient data: the figures allow either {from} or {to}; figures for {cycles} would settle it.',
  // 2
  'status.reason.achieved':
    'Achieved: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, which meets the target of {targetPct}% set for the {deadlineCycle}.',
  'status.reason.achieved_count':
    'Achieved: {nk} {unit} in {latestCycle}, which meets the target of none left by the {deadlineCycle}.',
  // 4
  'status.reason.declining_share':
    'Declining: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, {lossPts} percentage points away from the target of {targetPct}%.',
  'status.reason.declining_share_changed_population':
    'Declining: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, {lossPts} percentage points away from the target of {targetPct}%.',
  'status.reason.declining_count':
    'Declining: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, {loss} in the wrong direction.',
  // 5: no net movement.
  'status.reason.stalled_recent_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_up_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, up from {n0} in {baselineCycle} but with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_down_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, down from {n0} in {baselineCycle} and with no gain of even one in the last two cycles; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_same_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the same as in {c1} and {c2}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_same_up_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the same as in {c1} and {c2}, up from {n0} in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_same_down_share':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the same as in {c1} and {c2}, down from {n0} in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, with no gain of even one in the last two cycles.',
  'status.reason.stalled_recent_up_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, up from {n0} in {baselineCycle} but with no gain of even one in the last two cycles.',
  'status.reason.stalled_recent_down_count':
    'Stalled: {nk} {unit} in {latestCycle}, after {v1} in {c1} and {v2} in {c2}, down from {n0} in {baselineCycle} and with no gain of even one in the last two cycles.',
  'status.reason.stalled_recent_same_count':
    'Stalled: {nk} {unit} in {latestCycle}, the same as in {c1} and {c2}.',
  'status.reason.stalled_recent_same_up_count':
    'Stalled: {nk} {unit} in {latestCycle}, the same as in {c1} and {c2}, up from {n0} in {baselineCycle}.',
  'status.reason.stalled_recent_same_down_count':
    'Stalled: {nk} {unit} in {latestCycle}, the same as in {c1} and {c2}, down from {n0} in {baselineCycle}.',
  'status.reason.stalled_past_deadline':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, short of the target of {targetPct}%, with no figure before the {deadlineCycle} to measure a pace from; {remaining} still to go.',
  'status.reason.stalled_past_deadline_count':
    'Stalled: {nk} {unit} in {latestCycle}, short of the target of none left, with no figure before the {deadlineCycle} to measure a pace from.',
  'status.reason.stalled_slipped':
    'Stalled: {nk} of {N} {unit} ({pctK}%) in {latestCycle}, below the target of {targetPct}% that was already met in {baselineCycle}; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_slipped_count':
    'Stalled: {nk} {unit} in {latestCycle}, short of the target of none left that was already met in {baselineCycle}.',
  'status.reason.stalled_no_gain_share':
    'Stalled: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, no net gain of even one; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_no_gain_share_changed_population':
    'Stalled: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a share that has not grown by even one; {remaining} still to go by the {deadlineCycle}.',
  'status.reason.stalled_no_gain_count_target':
    'Stalled: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, no net reduction of even one towards none left by the {deadlineCycle}.',
  'status.reason.stalled_no_target':
    'Stalled: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a net improvement of less than one; there is no target because the number of States concerned is not known.',
  // 6: the pace ratio R.
  'status.reason.off_track':
    'Too slow for the {deadlineCycle}: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, the right direction but {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% in time, below {stalledBelow}.',
  'status.reason.off_track_changed_population':
    'Too slow for the {deadlineCycle}: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, the right direction but {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% in time, below {stalledBelow}.',
  'status.reason.off_track_count_target':
    'Too slow for the {deadlineCycle}: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, the right direction but {ratio} times the pace needed ({rObsCount} against {rReqCount} fewer a cycle) to reach none left in time, below {stalledBelow}.',
  'status.reason.needs_acceleration':
    'Needs acceleration: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'Needs acceleration: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.needs_acceleration_count_target':
    'Needs acceleration: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsCount} against {rReqCount} fewer a cycle) to reach none left by the {deadlineCycle}.',
  'status.reason.on_track':
    'On track: from {n0} to {nk} of {N} {unit} ({pct0}% to {pctK}%) between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'On track: from {n0} of {N0} ({pct0}%) in {baselineCycle} to {nk} of {N} {unit} ({pctK}%) in {latestCycle}, a pace of {ratio} times the pace needed ({rObsPts} against {rReqPts} percentage points a cycle) to reach {targetPct}% by the {deadlineCycle}.',
  'status.reason.on_track_count_target':
    'On track: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a pace of {ratio} times the pace needed ({rObsCount} against {rReqCount} fewer a cycle) to reach none left by the {deadlineCycle}.',
  // 7
  'status.reason.improving':
    'Improving: from {n0} to {nk} {unit} between {baselineCycle} and {latestCycle}, a net improvement of {gain}; there is no target because the number of States concerned is not known.',

  // Where the pace so far leads.
  'status.projection.share':
    'At this pace, about {value} of {N} {unit} by the {deadlineCycle} (needed: {needed}).',
  'status.projection.count_target': 'At this pace, about {value} {unit} by the {deadlineCycle} (needed: {needed}).',
  'status.projection.count': 'At this pace, about {value} {unit} by the {deadlineCycle}.',

  // Appended to the reason when inferred points entered the arithmetic.
  'status.note.inferred':
    'The cycles of some figures were inferred ({inferredCycles}): the document gives them for the review period without naming the meeting.',

  // Phrases for a parameter that is a bound or a range ({x} with xBound, xLo, xHi), a list ({x} with xItems) or a
  // status ({x} with xStatus).
  'status.bound.at_least': 'at least {value}',
  'status.bound.at_most': 'at most {value}',
  'status.bound.between': 'between {lo} and {hi}',
  'status.bound.range': '{lo} to {hi}',
  'status.list.pair': '{a} and {b}',
  'status.list.comma': '{a}, {b}',
  'status.label.declining': 'declining',
  'status.label.stalled': 'stalled',
  'status.label.off_track': 'too slow',
  'status.label.needs_acceleration': 'needs acceleration',
  'status.label.improving': 'improving',
  'status.label.on_track': 'on track',
  'status.label.achieved': 'achieved',
  'status.label.insufficient_data': 'insufficient data',
} as const satisfies Record<string, string>;

/** The status names used inside sentences ("anything from stalled to on track"), in English. */
export const STATUS_LABELS = Object.fromEntries(
  STATUS_CODES.map((code) => [code, REASON_TEMPLATES[`status.label.${code}`]]),
) as Record<StatusCode, string>;

const BOUND_KINDS = ['at_least', 'at_most', 'between', 'range'] as const;

/**
 * Fills a template's {param} placeholders. Pure. Unknown keys give the key itself; a missing or null param gives '–'.
 * Pass another template map (same keys) to render a translation. A placeholder {x} is worded from its siblings when
 * present: xBound ('at_least' | 'at_most' | 'between' | 'range', with xLo and xHi) gives "at least 8"; xItems (codes
 * separated by '|') gives "11MSP and 12MSP"; xStatus (a status code) gives its label; all in the map's language.
 */
export function formatReason(
  key: string,
  params: ReasonParams,
  templates: Readonly<Record<string, string>> = REASON_TEMPLATES,
  lang = 'en',
): string {
  const template = templates[key];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (_match, name: string, offset: number) =>
    name === 'unit' && typeof params.unit === 'string' ? agreeingUnit(params.unit, template.slice(0, offset), params, lang) : renderParam(name, params, templates),
  );
}

/** {unit} agrees with the number placeholder written just before it: "1 State Party", "of 12 States Parties". */
function agreeingUnit(unit: string, before: string, params: ReasonParams, lang: string): string {
  const numbers = [...before.matchAll(/\{(\w+)\}/g)].map((m) => params[m[1] ?? '']).filter((v): v is number => typeof v === 'number');
  const n = numbers.at(-1);
  return n === undefined ? unit : unitFor(unit, n, lang);
}

/** The whole reason: the sentence of reasonKey, then the note on inferred cycles when reasonParams.inferredCycles is set. */
export function renderReason(
  reasonKey: string,
  reasonParams: ReasonParams,
  templates: Readonly<Record<string, string>> = REASON_TEMPLATES,
  lang = 'en',
): string {
  const main = formatReason(reasonKey, reasonParams, templates, lang);
  const inferred = reasonParams.inferredCycles;
  if (inferred === undefined || inferred === null || inferred === '') return main;
  return `${main} ${formatReason('status.note.inferred', reasonParams, templates, lang)}`;
}

/** The {param} names a template uses. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return String(Object.is(x, -0) ? 0 : x);
}

function plain(value: string | number | null | undefined): string {
  if (value === undefined || value === null) return '–';
  return typeof value === 'number' ? formatNumber(value) : value;
}

function renderParam(name: string, params: ReasonParams, templates: Readonly<Record<string, string>>): string {
  const fallback = REASON_TEMPLATES as Readonly<Record<string, string>>;
  const phrase = (key: string): string | undefined => templates[key] ?? fallback[key];
  const bound = params[`${name}Bound`];
  if (typeof bound === 'string' && (BOUND_KINDS as readonly string[]).includes(bound)) {
    const template = phrase(`status.bound.${bound}`);
    const lo = params[`${name}Lo`];
    const hi = params[`${name}Hi`];
    if (template !== undefined) {
      return template.replace(/\{(\w+)\}/g, (_m, p: string) =>
        plain(p === 'value' ? (bound === 'at_most' ? hi : lo) : p === 'lo' ? lo : p === 'hi' ? hi : null),
      );
    }
  }
  const items = params[`${name}Items`];
  if (typeof items === 'string' && items !== '') return joinList(items.split('|'), phrase);
  const status = params[`${name}Status`];
  if (typeof status === 'string') {
    const label = phrase(`status.label.${status}`);
    if (label !== undefined) return label;
  }
  return plain(params[name]);
}

function joinList(items: string[], phrase: (key: string) => string | undefined): string {
  const pair = phrase('status.list.pair') ?? '{a} and {b}';
  const comma = phrase('status.list.comma') ?? '{a}, {b}';
  const fill = (t: string, a: string, b: string) => t.replace('{a}', a).replace('{b}', b);
  let text = items[0] ?? '';
  for (let i = 1; i < items.length; i++) {
    text = fill(i === items.length - 1 ? pair : comma, text, items[i] ?? '');
  }
  return text;
}

/** English list for a param's own value (formatReason re-joins from xItems in each language). */
export function listParams(name: string, items: string[]): ReasonParams {
  return { [name]: joinList(items, (key) => (REASON_TEMPLATES as Record<string, string>)[key]), [`${name}Items`]: items.join('|') };
}

/** Hand back the params the template uses (with their wording siblings), so a translation knows what it can rely on. */
export function pickParams(key: string, all: ReasonParams): ReasonParams {
  const template: string = (REASON_TEMPLATES as Record<string, string>)[key] ?? '';
  const picked: ReasonParams = {};
  for (const name of templateParams(template)) {
    picked[name] = all[name] ?? null;
    for (const suffix of ['Bound', 'Lo', 'Hi', 'Items', 'Status']) {
      const sibling = all[`${name}${suffix}`];
      if (sibling !== undefined) picked[`${name}${suffix}`] = sibling;
    }
  }
  return picked;
}

export function withInferred(params: ReasonParams, inferredCycles: string[]): ReasonParams {
  return inferredCycles.length === 0 ? params : { ...params, ...listParams('inferredCycles', inferredCycles) };
}

export function cleanParams(params: ReasonParams): ReasonParams {
  const out: ReasonParams = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' ? (finiteOrNull(v) ?? null) : v;
  return out;
}
