// Checks seed-data/states.json: the States the document names, their status events and the States each figure counts,
// against the source text, the recorded figures and series, and the database sync (a second run changes nothing).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeedBundle, readSourceDocument } from '../../server/src/db/seed-files.ts';
import { migrateDatabase, openDatabase, type Database_ } from '../../server/src/db/client.ts';
import { seedDatabase } from '../../server/src/db/seed.ts';
import type { SeedBundle } from '../../shared/src/schemas/seed.ts';
import { normaliseForQuote, paragraphContainsQuote, splitParagraphs } from '../../shared/src/domain/paragraphs.ts';
import { databaseChecksum } from '../helpers/db.ts';

const seedDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../seed-data');
const bundle = loadSeedBundle(seedDir);
const paragraphs = splitParagraphs(readSourceDocument(seedDir, bundle));
const { states, events, counted } = bundle.states;
const stateByCode = new Map(states.map((s) => [s.code, s]));

/**
 * ISO 3166-1 English short names of the States the document names, written out here so the test does not depend on a
 * names package. A name the document or the series spell differently is the State's shortName in states.json.
 */
const ISO_NAMES: Record<string, string> = {
  AFG: 'Afghanistan', ALB: 'Albania', DZA: 'Algeria', AGO: 'Angola', ARG: 'Argentina', ARM: 'Armenia', AUT: 'Austria',
  AZE: 'Azerbaijan', BHS: 'Bahamas', BHR: 'Bahrain', BGD: 'Bangladesh', BEL: 'Belgium', BTN: 'Bhutan',
  BIH: 'Bosnia and Herzegovina', BRA: 'Brazil', BRN: 'Brunei Darussalam', BGR: 'Bulgaria', CPV: 'Cabo Verde',
  KHM: 'Cambodia', CMR: 'Cameroon', CAN: 'Canada', CAF: 'Central African Republic', TCD: 'Chad', CHL: 'Chile',
  CHN: 'China', COL: 'Colombia', COM: 'Comoros', COG: 'Congo', COD: 'Congo, Democratic Republic of the',
  CRI: 'Costa Rica', HRV: 'Croatia', CUB: 'Cuba', CYP: 'Cyprus', DNK: 'Denmark', DJI: 'Djibouti', EGY: 'Egypt',
  ERI: 'Eritrea', SWZ: 'Eswatini', ETH: 'Ethiopia', FIN: 'Finland', FRA: 'France', GAB: 'Gabon', GEO: 'Georgia',
  DEU: 'Germany', GRC: 'Greece', GIN: 'Guinea', HTI: 'Haiti', HND: 'Honduras', IND: 'India', IDN: 'Indonesia',
  IRN: 'Iran, Islamic Republic of', IRQ: 'Iraq', IRL: 'Ireland', ISR: 'Israel', ITA: 'Italy', JAM: 'Jamaica',
  JPN: 'Japan', JOR: 'Jordan', KAZ: 'Kazakhstan', KEN: 'Kenya', KIR: 'Kiribati',
  PRK: "Korea, Democratic People's Republic of", KOR: 'Korea, Republic of', KWT: 'Kuwait', KGZ: 'Kyrgyzstan',
  LAO: "Lao People's Democratic Republic", LVA: 'Latvia', LBN: 'Lebanon', LBR: 'Liberia', LBY: 'Libya',
  LTU: 'Lithuania', MYS: 'Malaysia', MHL: 'Marshall Islands', MRT: 'Mauritania', MEX: 'Mexico', MNG: 'Mongolia',
  MNE: 'Montenegro', MAR: 'Morocco', MMR: 'Myanmar', NPL: 'Nepal', NLD: 'Netherlands, Kingdom of the',
  NZL: 'New Zealand', NIC: 'Nicaragua', NGA: 'Nigeria', NOR: 'Norway', OMN: 'Oman', PAK: 'Pakistan',
  PNG: 'Papua New Guinea', PER: 'Peru', PHL: 'Philippines', POL: 'Poland', PRT: 'Portugal', QAT: 'Qatar',
  ROU: 'Romania', RUS: 'Russian Federation', RWA: 'Rwanda', SAU: 'Saudi Arabia', SRB: 'Serbia', SGP: 'Singapore',
  SVK: 'Slovakia', SLB: 'Solomon Islands', SOM: 'Somalia', ZAF: 'South Africa', SSD: 'South Sudan', ESP: 'Spain',
  LKA: 'Sri Lanka', SDN: 'Sudan', SUR: 'Suriname', SWE: 'Sweden', CHE: 'Switzerland', SYR: 'Syrian Arab Republic',
  TJK: 'Tajikistan', TZA: 'Tanzania, United Republic of', THA: 'Thailand', TLS: 'Timor-Leste', TUR: 'Türkiye',
  TKM: 'Turkmenistan', UGA: 'Uganda', UKR: 'Ukraine', ARE: 'United Arab Emirates',
  GBR: 'United Kingdom of Great Britain and Northern Ireland', USA: 'United States of America', VUT: 'Vanuatu',
  VEN: 'Venezuela, Bolivarian Republic of', VNM: 'Viet Nam', YEM: 'Yemen', ZMB: 'Zambia', ZWE: 'Zimbabwe',
};

/** Spellings in the document's lists that are neither the ISO name nor the shortName (formal names, typos, a former name). */
const OTHER_SPELLINGS: Record<string, string[]> = {
  CHN: ["People's Republic of China", 'Peoples Republic of China'],
  NLD: ['Kingdom of the Netherlands'],
  SWZ: ['Swaziland'],
  TLS: ['Timor Leste'],
  TZA: ['Republic of Tanzania'],
  VEN: ['Venezuela, (Bolivarian Republic of)'],
  VNM: ['Viet Nam'],
  SYR: ['Syrian Arab Republic'],
  LAO: ["Lao People's Democratic Republic"],
  GBR: ['United Kingdom of Great Britain and Northern Ireland'],
};

/** The names a State is known by in the data: its shortName, else its ISO name; both count when they differ. */
const namesOf = (code: string): string[] => {
  const state = stateByCode.get(code);
  return [state?.shortName, ISO_NAMES[code]].filter((n): n is string => typeof n === 'string');
};
/** States whose shortName, ISO name or other spelling of the document is exactly this series name. */
const codesForName = (name: string) =>
  states.filter((s) => [...namesOf(s.code), ...(OTHER_SPELLINGS[s.code] ?? [])].includes(name)).map((s) => s.code);

const figureKey = (indicator: string, cycle: string, spanFrom: string | null) => `${indicator}|${cycle}|${spanFrom ?? ''}`;
const observationByKey = new Map(
  bundle.indicators.flatMap((i) => i.observations.map((o) => [figureKey(i.id, o.cycle, o.spanFrom), { indicator: i, observation: o }] as const)),
);
const seriesPoints = bundle.series.flatMap((s) => s.points.map((p) => ({ series: s, point: p })));
const countedAt = (paragraph: number) => counted.filter((c) => c.paragraph === paragraph);

describe('states.json: the States', () => {
  it('uses ISO 3166-1 alpha-3 codes from the table of ISO names, each once', () => {
    expect(states.map((s) => s.code).filter((code) => !(code in ISO_NAMES))).toEqual([]);
    expect(new Set(states.map((s) => s.code)).size).toBe(states.length);
  });

  it('sets a shortName only where it differs from the ISO name', () => {
    expect(states.filter((s) => s.shortName !== null && s.shortName === ISO_NAMES[s.code]).map((s) => s.code)).toEqual([]);
  });

  it('spells Lao PDR and the Democratic Republic of Congo as the Convention does', () => {
    expect(stateByCode.get('LAO')?.shortName).toBe('Lao PDR');
    expect(stateByCode.get('COD')?.shortName).toBe('Democratic Republic of Congo');
  });

  it.each([...new Set(seriesPoints.flatMap(({ point }) => point.states ?? []))])('series name “%s” maps to exactly one State', (name) => {
    expect(codesForName(name)).toHaveLength(1);
  });

  it('holds every State whose name (in any spelling the data knows) occurs in the document', () => {
    const text = normaliseForQuote([...paragraphs.values()].join('\n'));
    const named = Object.keys(ISO_NAMES).filter((code) =>
      [...namesOf(code), ...(OTHER_SPELLINGS[code] ?? [])].some((n) => new RegExp(`\\b${normaliseForQuote(n).replace(/[().,]/g, '\\$&')}\\b`).test(text)),
    );
    expect(named.filter((code) => !stateByCode.has(code))).toEqual([]);
  });

  it('names no State the document does not (every State occurs in the document or in a series point)', () => {
    const text = normaliseForQuote([...paragraphs.values()].join('\n'));
    const unnamed = states.filter((s) => ![...namesOf(s.code), ...(OTHER_SPELLINGS[s.code] ?? [])].some((n) => text.includes(normaliseForQuote(n))));
    expect(unnamed.map((s) => s.code)).toEqual([]);
  });
});

describe('states.json: traceability', () => {
  it.each(events.map((e) => [`${e.state} ${e.kind} ${e.date ?? ''}`, e] as const))('event %s quotes its paragraph verbatim', (_k, e) => {
    expect(paragraphContainsQuote(paragraphs, e.paragraph, e.quote), `para ${e.paragraph}: “${e.quote}”`).toBe(true);
  });

  it.each(counted.map((c) => [figureKey(c.indicator, c.cycle, c.spanFrom), c] as const))('counted %s quotes its paragraph verbatim and names each State in it', (_k, c) => {
    expect(paragraphContainsQuote(paragraphs, c.paragraph, c.quote), `para ${c.paragraph}: “${c.quote}”`).toBe(true);
    const quote = normaliseForQuote(c.quote);
    for (const code of c.states) {
      const spellings = [...namesOf(code), ...(OTHER_SPELLINGS[code] ?? [])];
      expect(spellings.some((n) => quote.includes(normaliseForQuote(n))), `${code} in para ${c.paragraph}`).toBe(true);
    }
  });

  it('every code in events and counted lists is a bundled State', () => {
    const used = [...events.map((e) => e.state), ...counted.flatMap((c) => c.states)];
    expect(used.filter((code) => !stateByCode.has(code))).toEqual([]);
  });

  it('dates an event only with a date its paragraph gives', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    for (const e of events.filter((x) => x.date !== null)) {
      const [year, month, day] = (e.date ?? '').split('-');
      const body = paragraphs.get(e.paragraph) ?? '';
      const words = [day === undefined ? null : String(Number(day)), month === undefined ? null : MONTHS[Number(month) - 1], year].filter(Boolean).join(' ');
      expect(normaliseForQuote(body), `${e.state} ${e.kind}: “${words}” in para ${e.paragraph}`).toContain(normaliseForQuote(words));
      expect(normaliseForQuote(e.quote), `${e.state} ${e.kind}: the quote carries the date`).toContain(normaliseForQuote(words));
    }
  });
});

describe('states.json: counted lists and the figures they belong to', () => {
  it.each(counted.map((c) => [figureKey(c.indicator, c.cycle, c.spanFrom), c] as const))('%s names an existing observation', (key) => {
    expect(observationByKey.has(key)).toBe(true);
  });

  it.each(counted.map((c) => [figureKey(c.indicator, c.cycle, c.spanFrom), c] as const))(
    '%s: a list longer than the figure, or a complete list of another length, has a recorded conflict',
    (key, c) => {
      const found = observationByKey.get(key);
      if (!found) throw new Error(`no observation ${key}`);
      const { indicator, observation } = found;
      const value = observation.value;
      const tooLong = value !== null && (observation.qualifier === 'exact' || observation.qualifier === 'at_most') && c.states.length > value;
      // A list that does not say "including" claims to be complete, so it must have the figure's length.
      const partial = /\binclud/i.test(c.quote);
      const wrongLength = value !== null && observation.qualifier === 'exact' && !partial && c.states.length !== value;
      if (tooLong || wrongLength) {
        expect(bundle.conflicts.some((x) => x.indicators.includes(indicator.id)), `${key}: ${c.states.length} States for ${value}`).toBe(true);
      }
    },
  );

  it('para 138: the twelve States Parties with cluster munition victims', () => {
    expect(paragraphs.get(138)).toContain('twelve (12) States Parties were identified');
    const lists = countedAt(138);
    expect(lists.length).toBeGreaterThan(0);
    for (const c of lists) expect(c.states).toHaveLength(12);
  });

  it('para 183: the five States Parties with long-overdue initial reports', () => {
    expect(paragraphs.get(183)).toContain('five (5) States Parties had yet to submit');
    expect(countedAt(183).map((c) => [c.indicator, c.cycle, c.states.length])).toEqual([['a43-initial-reports-overdue', '13MSP', 5]]);
  });

  it('para 86: the ten States Parties expected to keep Article 4 obligations (a series point, not a figure)', () => {
    expect(paragraphs.get(86)).toContain('ten (10) States Parties will continue');
    const point = seriesPoints.find(({ point: p }) => p.paragraph === 86 && p.states !== null);
    expect(point?.point.states).toHaveLength(10);
    expect((point?.point.states ?? []).map((n) => codesForName(n)[0])).toEqual(['AFG', 'TCD', 'CHL', 'DEU', 'IRQ', 'LAO', 'LBN', 'MRT', 'SOM', 'SSD']);
  });

  it('para 66 and para 29: the ten retaining States and the three joiners', () => {
    expect(countedAt(66).map((c) => c.states.length)).toEqual([10]);
    expect(countedAt(29).map((c) => c.states)).toEqual([['NGA', 'SSD', 'VUT']]);
  });

  it('a series point and a counted list from the same paragraph name the same States', () => {
    for (const c of counted) {
      for (const { point } of seriesPoints.filter(({ point: p }) => p.paragraph === c.paragraph && p.states?.length === c.states.length)) {
        expect((point.states ?? []).map((n) => codesForName(n)[0]).sort(), `para ${c.paragraph}`).toEqual([...c.states].sort());
      }
    }
  });
});

describe('states.json: status events', () => {
  it('the twelve signatories of para 31 each have a signed event', () => {
    expect(paragraphs.get(31)).toContain('Of the twelve (12) signatory States');
    const signatories = seriesPoints.find(({ series, point }) => series.name === 'membership' && point.measure === 'signatories')?.point.states ?? [];
    expect(signatories).toHaveLength(12);
    const signed = new Set(events.filter((e) => e.kind === 'signed' && e.paragraph === 31).map((e) => e.state));
    expect(signed.size).toBe(12);
    expect(signatories.map((n) => codesForName(n)[0]).filter((code) => code === undefined || !signed.has(code))).toEqual([]);
  });

  it('the three joiners of para 29 became States Parties; Lithuania notified its withdrawal and withdrew', () => {
    expect(events.filter((e) => e.kind === 'state_party').map((e) => [e.state, e.date])).toEqual([
      ['NGA', null],
      ['SSD', '2023'],
      ['VUT', '2025'],
    ]);
    expect(events.filter((e) => e.state === 'LTU').map((e) => [e.kind, e.date])).toEqual([
      ['withdrawal_notified', '2024-09-06'],
      ['withdrawn', '2025-03-06'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------- database sync

function database(): Database_ {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}
const rows = (db: Database_, sql: string) => db.sqlite.prepare(sql).all() as Record<string, unknown>[];
const clone = (b: SeedBundle): SeedBundle => structuredClone(b);

describe('seeding the States', () => {
  it('loads every State, event and counted State, citing the bundle’s document; a second run changes nothing', () => {
    const db = database();
    seedDatabase(db, bundle);
    expect(rows(db, 'select count(*) as n from states')).toEqual([{ n: states.length }]);
    expect(rows(db, 'select count(*) as n from state_events')).toEqual([{ n: events.length }]);
    expect(rows(db, 'select count(*) as n from observation_states')).toEqual([{ n: counted.reduce((n, c) => n + c.states.length, 0) }]);
    expect(rows(db, `select distinct document_id as d from observation_states union select distinct document_id from state_events`)).toEqual([{ d: bundle.document.id }]);
    expect(rows(db, "select short_name as s from states where code = 'LAO'")).toEqual([{ s: 'Lao PDR' }]);
    const before = databaseChecksum(db.sqlite);
    expect(seedDatabase(db, bundle)).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    expect(databaseChecksum(db.sqlite)).toBe(before);
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('follows the bundle: changed names and quotes, removed events, lists and States', () => {
    const db = database();
    seedDatabase(db, bundle);
    const next = clone(bundle);
    next.states.states = next.states.states.map((s) => (s.code === 'SYR' ? { ...s, shortName: 'Syrian Arab Rep.' } : s));
    next.states.events = next.states.events.filter((e) => e.state !== 'LTU');
    next.states.counted = next.states.counted
      .filter((c) => c.indicator !== 'a10-withdrawals')
      .map((c) => (c.indicator === 'a43-initial-reports-overdue' ? { ...c, states: c.states.slice(0, 4), quote: 'long-overdue initial transparency reports' } : c));
    next.states.states = next.states.states.filter((s) => s.code !== 'LTU');
    const result = seedDatabase(db, next);
    expect(result.removed).toBeGreaterThan(0);
    expect(rows(db, "select short_name as s from states where code = 'SYR'")).toEqual([{ s: 'Syrian Arab Rep.' }]);
    expect(rows(db, "select * from states where code = 'LTU'")).toEqual([]);
    expect(rows(db, "select * from observation_states where indicator_id = 'a10-withdrawals'")).toEqual([]);
    expect(rows(db, "select state, quote from observation_states where indicator_id = 'a43-initial-reports-overdue' order by state")).toEqual(
      ['CPV', 'COG', 'COM', 'GIN'].sort().map((state) => ({ state, quote: 'long-overdue initial transparency reports' })),
    );
    expect(seedDatabase(db, next)).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    seedDatabase(db, bundle);
    const fresh = database();
    seedDatabase(fresh, bundle);
    for (const table of ['states', 'state_events', 'observation_states']) {
      const query = `select * from ${table} order by 1`;
      const strip = (r: Record<string, unknown>) => ({ ...r, id: undefined });
      expect(rows(db, query).map(strip).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))), table).toEqual(
        rows(fresh, query).map(strip).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      );
    }
  });

  it('leaves the counted States of a figure the ISU has changed as they are', () => {
    const db = database();
    seedDatabase(db, bundle);
    db.sqlite.prepare("insert into users (email, password_hash, role, created_at) values ('isu@example.org', 'x', 'editor', '2026-01-01')").run();
    db.sqlite
      .prepare(
        "insert into observation_changes (indicator_id, cycle, span_from, kind, state, author_id, created_at) values ('a43-initial-reports-overdue', '13MSP', null, 'correction', 'draft', 1, '2026-01-01')",
      )
      .run();
    const query = "select state, quote from observation_states where indicator_id = 'a43-initial-reports-overdue' order by state";
    const before = rows(db, query);
    expect(before).toHaveLength(5);
    const next = clone(bundle);
    next.states.counted = next.states.counted.map((c) => (c.indicator === 'a43-initial-reports-overdue' ? { ...c, states: ['CPV'], quote: 'Cabo Verde (2011)' } : c));
    seedDatabase(db, next);
    expect(rows(db, query)).toEqual(before);
    next.states.counted = next.states.counted.filter((c) => c.indicator !== 'a43-initial-reports-overdue');
    seedDatabase(db, next);
    expect(rows(db, query)).toEqual(before);
  });
});
