// Every list of States the Review Document names is in the bundle: each name a series point gives resolves, through the
// server's own resolver (state-names.ts), to a State of states.json; a list longer than its count has a conflict; each
// list the document names is there with its States, period and paragraph; and a scan of every paragraph for State
// names finds none that the bundle does not record from that paragraph (or explain below).
import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Countries from 'i18n-iso-countries';
import { loadSeedBundle, readSourceDocument } from '../../server/src/db/seed-files.ts';
import { foldName, stateNameIndex, stateNameResolver } from '../../server/src/modules/states/state-names.ts';
import type { SeedBundle } from '../../shared/src/schemas/seed.ts';
import { splitParagraphs } from '../../shared/src/domain/paragraphs.ts';

const seedDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../seed-data');
const bundle = loadSeedBundle(seedDir);
const paragraphs = splitParagraphs(readSourceDocument(seedDir, bundle));
const bundledCodes = new Set(bundle.states.states.map((s) => s.code));
const codeOf = stateNameResolver(bundle.states.states);
const points = bundle.series.flatMap((series) => series.points.map((point) => ({ series: series.name, point })));
const where = (p: { series: string; point: { period: string; measure: string } }) => `${p.series} ${p.point.period} ${p.point.measure}`;

/** Points whose list is longer than their whole-number count and that no conflict on their paragraph explains. */
function unexplainedLongLists(b: SeedBundle): string[] {
  const conflictParagraphs = new Set(b.conflicts.flatMap((c) => c.statements.map((s) => s.paragraph)));
  return b.series.flatMap((series) =>
    series.points
      .filter((p) => p.states !== null && p.value !== null && Number.isInteger(p.value) && (p.qualifier === 'exact' || p.qualifier === 'at_most'))
      .filter((p) => (p.states?.length ?? 0) > (p.value ?? 0) && !conflictParagraphs.has(p.paragraph))
      .map((p) => `${series.name} ${p.period} ${p.measure} (para ${p.paragraph}: ${p.states?.length} States for ${p.value})`),
  );
}

describe('the names in series points', () => {
  it.each(points.filter(({ point }) => point.states !== null).map((p) => [where(p), p.point] as const))(
    '%s: every name resolves to a State of states.json, each State once',
    (_where, point) => {
      const codes = (point.states ?? []).map((name) => [name, codeOf(name)] as const);
      expect(codes.filter(([, code]) => code === undefined || !bundledCodes.has(code)).map(([name]) => name)).toEqual([]);
      expect(new Set(codes.map(([, code]) => code)).size).toBe(codes.length);
    },
  );

  it.each([
    ['Swaziland', 'SWZ'],
    ['Timor Leste', 'TLS'],
    ['Republic of Tanzania', 'TZA'],
    ['United Republic of Tanzania', 'TZA'],
    ['Peoples Republic of China', 'CHN'],
    ['the People’s Republic of China', 'CHN'],
    ['Syria', 'SYR'],
    ['Syrian Arab Republic', 'SYR'],
    ['Iran', 'IRN'],
    ['Vietnam', 'VNM'],
    ['Viet Nam', 'VNM'],
    ['the Kingdom of the Netherlands', 'NLD'],
    ['the Netherlands', 'NLD'],
    ['the United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['Venezuela, (Bolivarian Republic of)', 'VEN'],
    ['Lao PDR', 'LAO'],
    ['Lao People’s Democratic Republic', 'LAO'],
    ['the Democratic People’s Republic of Korea', 'PRK'],
    ['the Republic of Korea', 'KOR'],
    ['Democratic Republic of Congo', 'COD'],
    ['Congo', 'COG'],
    ['Cabo Verde', 'CPV'],
    ['Türkiye', 'TUR'],
    ['the Philippines', 'PHL'],
  ])('resolves the document’s “%s” to %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('resolves only to the States it is given', () => {
    expect(stateNameResolver([{ code: 'LBN', shortName: null }])('Swaziland')).toBeUndefined();
    expect(stateNameResolver([{ code: 'LBN', shortName: null }])('Lebanon')).toBe('LBN');
  });
});

describe('lists and their counts', () => {
  it('no list is longer than its count without a conflict recorded on its paragraph', () => {
    expect(unexplainedLongLists(bundle)).toEqual([]);
  });

  it('the check catches a list longer than its count, and a conflict on the paragraph answers it', () => {
    const next = structuredClone(bundle);
    const observers = next.series.flatMap((s) => s.points).find((p) => p.paragraph === 40 && p.measure === 'observers');
    if (!observers) throw new Error('no para 40 observers point');
    observers.value = 70;
    expect(unexplainedLongLists(next)).toEqual(['universalization since-entry-into-force observers (para 40: 71 States for 70)']);
    next.conflicts.push({
      id: 'observers-count',
      indicators: [],
      action: null,
      series: 'universalization',
      description: 'test',
      statements: [
        { paragraph: 40, says: 'seventy', quote: 'Since the entry into force, 71 States' },
        { paragraph: 40, says: 'names', quote: 'Algeria, Argentina' },
      ],
    });
    expect(unexplainedLongLists(next)).toEqual([]);
  });

  it('para 40, footnote 8: the source names 71 observers, 12 of them starred as signatories, as the point says (no conflict needed)', () => {
    const footnote = /\[8:([^\]]*)\]/.exec(paragraphs.get(40) ?? '')?.[1] ?? '';
    const names = footnote
      .replace(/\(\*=signatories\)\.?\s*$/, '')
      .replace('Venezuela, (Bolivarian Republic of)', 'Venezuela (Bolivarian Republic of)')
      .replace(/,? and /, ', ')
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n.length > 0);
    expect(names).toHaveLength(71);
    expect(names.filter((n) => n.endsWith('*'))).toHaveLength(12);
    const point = (measure: string) => points.find(({ point: p }) => p.paragraph === 40 && p.measure === measure)?.point;
    expect(point('observers')?.value).toBe(71);
    expect(point('observers')?.states).toHaveLength(names.length);
    expect(new Set(point('observers')?.states?.map(codeOf))).toEqual(new Set(names.map((n) => codeOf(n.replace(/\*$/, '')))));
    expect(new Set(point('observer-signatories')?.states?.map(codeOf))).toEqual(new Set(names.filter((n) => n.endsWith('*')).map((n) => codeOf(n.slice(0, -1)))));
  });

  it('para 234, footnote 18 names fifteen States Parties and para 49 names seventeen producers, as the text counts them', () => {
    expect(paragraphs.get(234)).toContain('fifteen States Parties');
    expect(points.find(({ point: p }) => p.paragraph === 234 && p.measure === 'funding-model-reservations')?.point.states).toHaveLength(15);
    expect(paragraphs.get(49)).toContain('currently 17 States');
    expect(points.find(({ point: p }) => p.paragraph === 49 && p.measure === 'producers')?.point.states).toHaveLength(17);
  });
});

// ---------------------------------------------------------------------------------------------------- each list

type Expected = [series: string, measure: string, period: string, paragraph: number, value: number | null, codes: string[]];

const FOOTNOTE_8 = [
  'DZA', 'ARG', 'ARM', 'AGO', 'AZE', 'BHR', 'BGD', 'BTN', 'BRA', 'BRN', 'KHM', 'CAF', 'CHN', 'COD', 'CYP', 'DJI', 'EGY', 'ERI',
  'ETH', 'FIN', 'GAB', 'GEO', 'GRC', 'HTI', 'IDN', 'IRN', 'JAM', 'JOR', 'KAZ', 'KEN', 'KIR', 'KOR', 'KWT', 'KGZ', 'LVA', 'LBR',
  'LBY', 'MYS', 'MHL', 'MNG', 'MAR', 'MMR', 'NPL', 'OMN', 'PAK', 'POL', 'QAT', 'ROU', 'RUS', 'SAU', 'SRB', 'SGP', 'SLB', 'LKA',
  'SDN', 'SUR', 'SWZ', 'SYR', 'TJK', 'TZA', 'THA', 'TLS', 'TUR', 'TKM', 'UGA', 'UKR', 'ARE', 'VEN', 'VNM', 'YEM', 'ZWE',
];

const EXPECTED: Expected[] = [
  ['stockpile-destruction', 'final-destruction-environmental-considerations', '2023-12', 10, 1, ['PER']],
  ['extension-requests', 'environment-working-paper', '13MSP', 11, 2, ['ITA', 'FRA']],
  ['universalization', 'occasional-unga-supporters', '10MSP-13MSP', 36, null, ['KIR', 'YEM']],
  ['universalization', 'observers', 'since-entry-into-force', 40, 71, FOOTNOTE_8],
  ['universalization', 'observer-signatories', 'since-entry-into-force', 40, 12, ['AGO', 'CAF', 'COD', 'CYP', 'DJI', 'HTI', 'IDN', 'JAM', 'KEN', 'LBR', 'TZA', 'UGA']],
  ['universalization', 'alleged-new-use-states-not-party', '10MSP-13MSP', 46, 4, ['RUS', 'UKR', 'MMR', 'SYR']],
  ['universalization', 'producers', 'to-date', 49, 17, ['BRA', 'CHN', 'EGY', 'GRC', 'IND', 'IRN', 'ISR', 'PRK', 'KOR', 'MMR', 'PAK', 'POL', 'ROU', 'RUS', 'SGP', 'TUR', 'USA']],
  ['universalization', 'openness-signalled-by-voting', '10MSP-13MSP', 52, null, ['NGA', 'SSD', 'VUT']],
  ['extension-requests', 'regular-survey-clearance-updates', '10MSP-13MSP', 93, null, ['AFG', 'TCD', 'CHL', 'DEU', 'IRQ', 'LAO', 'LBN']],
  ['extension-requests', 'initial-report-submitted', '2024', 93, 1, ['SSD']],
  ['extension-requests', 'survey-clearance-progress-reported', '2025', 93, 1, ['SSD']],
  ['extension-requests', 'less-consistent-contamination-reporting', '10MSP-13MSP', 94, null, ['BIH', 'MRT']],
  ['extension-requests', 'decreased-funding', '10MSP-13MSP', 99, null, ['TCD', 'MRT']],
  ['extension-requests', 'country-coalitions-developed', '10MSP-13MSP', 105, null, ['LAO', 'LBN']],
  ['extension-requests', 'country-coalition-reported', '10MSP-13MSP', 160, 1, ['LAO']],
  ['extension-requests', 'similar-mechanism-not-country-coalition', '10MSP-13MSP', 160, 1, ['LBN']],
  ['extension-requests', 'intersessional-updates', '2025', 259, null, ['CHL', 'LBN', 'MRT', 'SOM']],
  ['risk-education', 'risk-education-coordinator', '13MSP', 115, 1, ['LAO']],
  ['risk-education', 'risk-education-coordinator', '2025', 115, 1, ['LBN']],
  ['risk-education', 'regular-annual-reporters', '2021-2025', 118, 5, ['AFG', 'BIH', 'IRQ', 'LAO', 'LBN']],
  ['risk-education', 'reported-at-least-once', '10MSP-13MSP', 118, null, ['TCD', 'CHL', 'MRT', 'SOM', 'SSD']],
  ['risk-education', 'risk-education-without-article-4-obligations', '13MSP', 119, null, ['COL', 'CUB', 'PER']],
  ['risk-education', 'rapid-risk-education-assistance', '13MSP', 121, 1, ['FRA']],
  ['victim-assistance', 'states-with-victims', '13MSP', 138, 12, ['AFG', 'ALB', 'BIH', 'TCD', 'HRV', 'IRQ', 'LAO', 'LBN', 'MRT', 'MNE', 'SOM', 'SSD']],
  ['victim-assistance', 'crpd-ratifications', '13MSP', 141, 2, ['LBN', 'SSD']],
  ['isu-contributions', 'funding-model-reservations', '1RC', 234, 15, ['BGR', 'CAN', 'FRA', 'ITA', 'JPN', 'MEX', 'AUT', 'IRL', 'NZL', 'NOR', 'PRT', 'ESP', 'CHE', 'GBR', 'ZMB']],
  ...(
    [
      ['1MSP', 'LAO'], ['2MSP', 'LBN'], ['3MSP', 'NOR'], ['4MSP', 'ZMB'], ['5MSP', 'CRI'], ['1RC', 'HRV'], ['6MSP', 'NLD'], ['7MSP', 'DEU'],
      ['8MSP', 'NIC'], ['9MSP', 'LKA'], ['2RC', 'CHE'], ['10MSP', 'GBR'], ['11MSP', 'IRQ'], ['12MSP', 'MEX'], ['13MSP', 'PHL'], ['3RC', 'LAO'],
    ] as const
  ).map(([period, code]): Expected => ['presidencies', 'president', period, 256, 1, [code]]),
];

describe('each named list of the document', () => {
  it.each(EXPECTED.map((e) => [`para ${e[3]}: ${e[0]} ${e[2]} ${e[1]}`, e] as const))('%s', (_name, [series, measure, period, paragraph, value, codes]) => {
    const found = points.find(({ series: s, point: p }) => s === series && p.measure === measure && p.period === period);
    expect(found, `${series} ${period} ${measure}`).toBeDefined();
    const point = found?.point;
    expect(point?.paragraph).toBe(paragraph);
    expect(point?.value).toBe(value);
    expect((point?.states ?? []).map(codeOf)).toEqual(codes);
  });

  it('para 118 is under review as the ISU’s comment on it says, on both of its lists', () => {
    const comment = bundle.comments.find((c) => c.paragraph === 118);
    expect(comment?.underReview).toBe(true);
    const own = points.filter(({ point: p }) => p.paragraph === 118);
    expect(own).toHaveLength(2);
    for (const { point } of own) expect(point.underReview).toEqual({ note: comment?.text, paragraph: 118 });
  });

  it('para 138: the list dated “by the 13MSP” is the one counted by the 12MSP figures of a33 and a37', () => {
    const listed = points.find(({ point: p }) => p.paragraph === 138)?.point.states?.map(codeOf) ?? [];
    const counted = bundle.states.counted.filter((c) => c.paragraph === 138);
    expect(counted.map((c) => [c.indicator, c.cycle])).toEqual([
      ['a33-focal-points', '12MSP'],
      ['a37-qualified-personnel', '12MSP'],
    ]);
    for (const c of counted) expect([...c.states].sort()).toEqual([...listed].sort());
  });

  it('footnote 28 gives one President for each meeting, 1MSP to 3RC', () => {
    const presidencies = bundle.series.find((s) => s.name === 'presidencies')?.points ?? [];
    expect(presidencies).toHaveLength(16);
    expect(presidencies.every((p) => p.states?.length === 1 && p.value === 1)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------- whole document

/**
 * States a paragraph names that the bundle does not record from that paragraph, with the reason. Anything else the scan
 * finds must be in a series point, counted list or status event citing the paragraph.
 */
const NOT_A_LIST: Record<number, Record<string, string>> = {
  39: { LTU: 'Lithuania’s withdrawal, recorded from paras 30 and 34 (membership series, events)' },
  43: { LTU: 'the same withdrawal (conflict lithuania-withdrawal-meeting)' },
  55: { LTU: 'security concerns noted in its withdrawal notification, recorded from para 34' },
  49: { UKR: 'the recipient of the five US transfers, not a producer' },
  69: { BGR: 'the State whose transferred cluster munitions Italy destroyed; the point names Italy, who reported it' },
};

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries/index.js') as typeof Countries;
/** Every State CLDR knows, with the bundle's short names and the document's aliases: folded name → code, longest first. */
const scanNames = [...stateNameIndex([...Object.keys(countries.getAlpha3Codes()).map((code) => ({ code, shortName: null })), ...bundle.states.states])]
  .filter(([name]) => name.replace(/[^a-z]/g, '').length >= 4 && !name.includes('.'))
  .sort(([a], [b]) => b.length - a.length);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The States a paragraph names: the longest names first, each match blanked so "Sudan" is not found in "South Sudan". */
function statesNamedIn(text: string): Set<string> {
  let folded = foldName(text);
  const found = new Set<string>();
  for (const [name, code] of scanNames) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
    if (pattern.test(folded)) {
      found.add(code);
      folded = folded.replace(pattern, ' ');
    }
  }
  return found;
}

/** The States the bundle records from a paragraph: series points, counted lists and status events citing it. */
function recordedFrom(paragraph: number): Set<string> {
  return new Set([
    ...points.filter(({ point }) => point.paragraph === paragraph).flatMap(({ point }) => (point.states ?? []).flatMap((n) => codeOf(n) ?? [])),
    ...bundle.states.counted.filter((c) => c.paragraph === paragraph).flatMap((c) => c.states),
    ...bundle.states.events.filter((e) => e.paragraph === paragraph).map((e) => e.state),
  ]);
}

describe('a scan of every paragraph for the names of States', () => {
  const named = [...paragraphs].map(([n, text]) => [n, statesNamedIn(text)] as const).filter(([, codes]) => codes.size > 0);

  it('finds the paragraphs that name States (the scan works)', () => {
    expect(named.length).toBeGreaterThan(30);
    expect([...(named.find(([n]) => n === 183)?.[1] ?? [])].sort()).toEqual(['COG', 'COM', 'CPV', 'GIN', 'RWA']);
    expect([...(named.find(([n]) => n === 29)?.[1] ?? [])].sort()).toEqual(['NGA', 'SSD', 'VUT']);
  });

  it('every State named anywhere is in states.json', () => {
    expect([...new Set(named.flatMap(([, codes]) => [...codes]))].filter((code) => !bundledCodes.has(code)).sort()).toEqual([]);
  });

  it('every State a paragraph names is recorded from that paragraph, or explained', () => {
    const missing = named.flatMap(([n, codes]) => {
      const recorded = recordedFrom(n);
      return [...codes].filter((code) => !recorded.has(code) && NOT_A_LIST[n]?.[code] === undefined).map((code) => `para ${n}: ${code}`);
    });
    expect(missing).toEqual([]);
  });

  it('explains only States the paragraph does name and the bundle does not record from it', () => {
    for (const [n, explained] of Object.entries(NOT_A_LIST)) {
      const codes = named.find(([p]) => p === Number(n))?.[1] ?? new Set<string>();
      const recorded = recordedFrom(Number(n));
      for (const code of Object.keys(explained)) {
        expect(codes.has(code), `para ${n} names ${code}`).toBe(true);
        expect(recorded.has(code), `para ${n}: ${code} is recorded`).toBe(false);
      }
    }
  });
});
