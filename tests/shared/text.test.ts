// The text rules, table-driven: what is normalised, what is refused (and where), and what the output sanitiser keeps.
import { describe, expect, it } from 'vitest';
import { findHostileCharacter, normaliseText, safeText, sanitiseDeep, sanitiseText } from '../../shared/src/domain/text.ts';

/** What each text function makes of an input, one test per row: [what it does, input, output]. */
const MAPPINGS: [string, (text: string) => string, [string, string, string][]][] = [
  [
    'normaliseText',
    normaliseText,
    [
      ['vertical tab (Word line break) becomes a newline', 'a\u000bb', 'a\nb'],
      ['CRLF becomes a newline', 'a\r\nb', 'a\nb'],
      ['a lone CR becomes a newline', 'a\rb', 'a\nb'],
      ['decomposed é becomes NFC', 'e\u0301', '\u00e9'],
      ['Hangul jamo compose', '\u1100\u1161', '\uac00'],
      ['tab and newline stay', 'a\tb\nc', 'a\tb\nc'],
      ['a lone surrogate is left for the refusal rule', 'a\ud800', 'a\ud800'],
    ],
  ],
  [
    'sanitiseText (output)',
    sanitiseText,
    [
      ['keeps ordinary text', 'Vérifié ✓ 👍🏽 رسالة', 'Vérifié ✓ 👍🏽 رسالة'],
      ['drops controls, keeps tab and newline', 'a\u0000b\u0007c\td\ne\u001b[0m', 'abc\td\ne[0m'],
      ['turns a vertical tab into a newline', 'a\u000bb', 'a\nb'],
      ['shows a lone surrogate as U+FFFD', 'a\ud800b', 'a\ufffdb'],
      ['drops the XML noncharacters U+FFFE and U+FFFF', 'a\ufffeb\uffff', 'ab'],
      ['drops overrides', 'file\u202eexe.txt', 'fileexe.txt'],
      ['keeps balanced isolates', 'a\u2067b\u2069', 'a\u2067b\u2069'],
      ['drops every isolate when they do not balance', 'a\u2067b\u2066c\u2069', 'abc'],
    ],
  ],
];

describe.each(MAPPINGS)('%s', (_name, fn, rows) => {
  it.each(rows)('%s', (_what, input, expected) => {
    expect(fn(input)).toBe(expected);
  });
});

describe('findHostileCharacter', () => {
  it.each([
    ['plain text', 'Article 7 reports', 'refuse', null],
    ['tab and newline', 'a\tb\nc', 'refuse', null],
    ['an emoji (a surrogate pair)', 'ok 👍🏽', 'refuse', null],
    ['LRM and RLM marks (not overrides)', 'a\u200eb\u200f', 'refuse', null],
    ['NUL at character 2', 'a\u0000', 'refuse', { kind: 'control', codePoint: 0, position: 2 }],
    ['CR (before normalising)', 'a\rb', 'refuse', { kind: 'control', codePoint: 0x0d, position: 2 }],
    ['DEL', '\u007f', 'refuse', { kind: 'control', codePoint: 0x7f, position: 1 }],
    ['C1 control U+009F', '\u009f', 'refuse', { kind: 'control', codePoint: 0x9f, position: 1 }],
    ['U+00A0 (not a control)', '\u00a0', 'refuse', null],
    ['a lone high surrogate at the end', 'ab\ud83d', 'refuse', { kind: 'lone_surrogate', codePoint: 0xd83d, position: 3 }],
    ['a lone low surrogate', '\ude00b', 'refuse', { kind: 'lone_surrogate', codePoint: 0xde00, position: 1 }],
    ['U+202A (first override)', '\u202a', 'refuse', { kind: 'bidi_override', codePoint: 0x202a, position: 1 }],
    ['U+202E (last override)', 'x\u202e', 'refuse', { kind: 'bidi_override', codePoint: 0x202e, position: 2 }],
    ['U+2029 paragraph separator, allowed', '\u2029', 'refuse', null],
    ['U+202F (just above the overrides, narrow no-break space)', '\u202f', 'refuse', null],
    ['U+2066 refused where isolates are not allowed', '\u2066a\u2069', 'refuse', { kind: 'bidi_isolate', codePoint: 0x2066, position: 1 }],
    ['balanced isolates, allowed', '\u2066a\u2069 \u2067b\u2068c\u2069\u2069', 'balanced', null],
    ['an isolate left open', 'a\u2067b', 'balanced', { kind: 'unbalanced_isolate', codePoint: 0x2067, position: 2 }],
    ['a PDI that closes nothing', 'a\u2069', 'balanced', { kind: 'unbalanced_isolate', codePoint: 0x2069, position: 2 }],
    ['closed before opened', '\u2069\u2066', 'balanced', { kind: 'unbalanced_isolate', codePoint: 0x2069, position: 1 }],
    ['an override is refused even where isolates are allowed', '\u2066\u202e\u2069', 'balanced', { kind: 'bidi_override', codePoint: 0x202e, position: 2 }],
  ] as const)('%s', (_name, input, policy, expected) => {
    expect(findHostileCharacter(input, policy)).toEqual(expected);
  });
});

describe('safeText', () => {
  it('normalises before the length checks and the refusal', () => {
    const schema = safeText().trim().min(3).max(5);
    expect(schema.parse(' a\u000bb ')).toBe('a\nb');
    expect(schema.safeParse('e\u0301e\u0301e\u0301e\u0301e\u0301').success).toBe(true); // 10 code units, 5 after NFC
  });

  it('says what was found and where, in words that follow the field name', () => {
    const result = safeText().safeParse('ok\u202eevil');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must not contain bidirectional override or embedding characters, U+202A to U+202E (found U+202E at character 3)');
  });
});

describe('sanitiseDeep (output)', () => {
  it('sanitiseDeep reaches every string in objects and arrays, and leaves other values alone', () => {
    const input = { a: 'x\u0007', b: [1, 'y\u202e', null, { c: 'z\u000b' }], d: true };
    expect(sanitiseDeep(input)).toEqual({ a: 'x', b: [1, 'y', null, { c: 'z\n' }], d: true });
  });
});
