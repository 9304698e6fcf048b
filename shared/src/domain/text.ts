// Text from people and text into documents: one normalisation and one refusal rule for what the workspace accepts,
// and one sanitiser for what the Word briefing writes (whatever was stored before these rules existed).
import { z } from 'zod';

/** Refuse every bidirectional isolate, or accept isolates only when each one opened is closed (translations). */
export type IsolatePolicy = 'refuse' | 'balanced';

export type HostileKind = 'control' | 'lone_surrogate' | 'bidi_override' | 'bidi_isolate' | 'unbalanced_isolate';

export interface HostileCharacter {
  kind: HostileKind;
  /** The UTF-16 code unit found, e.g. 0x202e. */
  codePoint: number;
  /** 1-based position in the text. */
  position: number;
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const ISOLATE_OPENERS = new Set([0x2066, 0x2067, 0x2068]); // LRI, RLI, FSI
const POP_DIRECTIONAL_ISOLATE = 0x2069; // PDI

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** C0 and C1 controls and DEL, except tab and newline. */
const isRefusedControl = (c: number) => (c < 0x20 && c !== TAB && c !== NEWLINE) || (c >= 0x7f && c <= 0x9f);
/** LRE, RLE, PDF, LRO, RLO: they reorder the text after them, which makes a note display as something it is not. */
const isBidiOverride = (c: number) => c >= 0x202a && c <= 0x202e;

/**
 * Unicode NFC, with line breaks made plain: CRLF and CR become a newline, and so does the vertical tab Word puts in
 * the clipboard for a manual line break (Shift+Enter).
 */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?|\v/g, '\n').normalize('NFC');
}

/** The first character the workspace refuses, or null when the text is acceptable. */
export function findHostileCharacter(value: string, isolates: IsolatePolicy = 'refuse'): HostileCharacter | null {
  const openers: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    const at = (kind: HostileKind): HostileCharacter => ({ kind, codePoint: c, position: i + 1 });
    if (isHighSurrogate(c)) {
      if (isLowSurrogate(value.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      return at('lone_surrogate');
    }
    if (isLowSurrogate(c)) return at('lone_surrogate');
    if (isRefusedControl(c)) return at('control');
    if (isBidiOverride(c)) return at('bidi_override');
    if (ISOLATE_OPENERS.has(c) || c === POP_DIRECTIONAL_ISOLATE) {
      if (isolates === 'refuse') return at('bidi_isolate');
      if (c !== POP_DIRECTIONAL_ISOLATE) openers.push(i);
      else if (openers.pop() === undefined) return at('unbalanced_isolate');
    }
  }
  const unclosed = openers.at(-1);
  return unclosed === undefined ? null : { kind: 'unbalanced_isolate', codePoint: value.charCodeAt(unclosed), position: unclosed + 1 };
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text is refused, worded to follow the field's name ("note must not contain …"). */
export function describeHostileCharacter(found: HostileCharacter): string {
  const where = `${hex(found.codePoint)} at character ${found.position}`;
  switch (found.kind) {
    case 'control':
      return `must not contain control characters other than tab and line break (found ${where})`;
    case 'lone_surrogate':
      return `must not contain a broken character (a lone UTF-16 surrogate, ${where})`;
    case 'bidi_override':
      return `must not contain bidirectional override or embedding characters, U+202A to U+202E (found ${where})`;
    case 'bidi_isolate':
      return `must not contain bidirectional isolate characters, U+2066 to U+2069 (found ${where})`;
    case 'unbalanced_isolate':
      return `must close every bidirectional isolate it opens, and close none it did not open (${where})`;
  }
}

/**
 * A string the workspace accepts: normalised (NFC, plain line breaks) before any other check, then refused when it
 * holds control characters, lone surrogates or bidirectional overrides (isolates only balanced, and only if allowed).
 * It stays a zod string, so `.trim().min().max()` chain on as usual and the OpenAPI document still says "string".
 */
export function safeText(isolates: IsolatePolicy = 'refuse') {
  return z
    .string()
    .overwrite(normaliseText)
    .superRefine((value, ctx) => {
      const found = findHostileCharacter(value, isolates);
      if (found) ctx.addIssue({ code: 'custom', message: describeHostileCharacter(found), params: { hostile: found.kind, codePoint: found.codePoint } });
    });
}

// --- Output ----------------------------------------------------------------------------------

/** Characters XML 1.0 forbids (besides C0 controls): the noncharacters U+FFFE and U+FFFF. */
const XML_NONCHARACTER = /[\uFFFE\uFFFF]/g;

/** Keeps isolates only when they are balanced; otherwise drops every isolate so none can leak into the next text. */
function balancedIsolatesOnly(value: string): string {
  return findHostileCharacter(value, 'balanced')?.kind === 'unbalanced_isolate' ? value.replace(/[\u2066-\u2069]/g, '') : value;
}

/**
 * Text made safe to write into an XML document (the Word briefing), whatever is stored: line breaks made plain,
 * lone surrogates shown as U+FFFD, controls and bidirectional overrides dropped, isolates kept only when balanced.
 */
export function sanitiseText(value: string): string {
  let out = '';
  const text = normaliseText(value);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2);
      i += 1;
    } else if (isHighSurrogate(c) || isLowSurrogate(c)) out += '\uFFFD';
    else if (!isRefusedControl(c) && !isBidiOverride(c)) out += text[i] ?? '';
  }
  return balancedIsolatesOnly(out.replace(XML_NONCHARACTER, ''));
}

/** Every string inside a JSON-like value (objects, arrays) passed through sanitiseText; other values unchanged. */
export function sanitiseDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitiseText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => sanitiseDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sanitiseDeep(item)])) as T;
  }
  return value;
}
