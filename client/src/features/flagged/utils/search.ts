// The search over actions and indicators: an action number ("27", "Action 27") matches that action; otherwise every
// word must appear in the indicator's title, its action's title or the action's summary.
import type { Action, Indicator } from '@ccm/shared/schemas/api';

// An optional word ("Action", "Acción", "الإجراء") before the number.
const NUMBER = /^\s*(?:\p{L}+\.?\s*)?#?(\d{1,3})\s*$/iu;

/** Eastern Arabic (٠–٩) and Persian (۰–۹) digits as ASCII digits, so "٢٧" finds Action 27. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function parseQuery(q: string): { number: number | null; words: string[] } {
  const match = NUMBER.exec(asciiDigits(q));
  if (match?.[1]) return { number: Number(match[1]), words: [] };
  return { number: null, words: normalise(q).split(/\s+/).filter(Boolean) };
}

export function matchesIndicator(indicator: Indicator, action: Action | undefined, q: string): boolean {
  const { number, words } = parseQuery(q);
  if (number !== null) return indicator.action === number;
  if (words.length === 0) return true;
  const haystack = normalise([indicator.title, indicator.actionTitle, action?.title ?? '', action?.summary ?? '', indicator.id].join(' '));
  return words.every((w) => haystack.includes(w));
}

export function matchesAction(action: Action, q: string): boolean {
  const { number, words } = parseQuery(q);
  if (number !== null) return action.number === number;
  if (words.length === 0) return false;
  const haystack = normalise(`${action.title} ${action.summary}`);
  return words.every((w) => haystack.includes(w));
}
