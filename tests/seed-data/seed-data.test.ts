// Checks the bundled seed data against its schema, its own internal rules, and the source document it was extracted from.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_FILES, loadSeedBundle, readSourceDocument } from '../../server/src/db/seed-files.ts';
import { SeedBundleSchema, type SeedBundle, type SeedObservation } from '../../shared/src/schemas/seed.ts';
import { normaliseForQuote, paragraphContainsQuote, splitParagraphs } from '../../shared/src/domain/paragraphs.ts';

const seedDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../seed-data');

// The files themselves, parsed with the shared schemas, are the source of truth. The server loader may not read
// comments.json yet; once it does, the last test of the first block checks that it yields the same bundle.
const FILES: Record<keyof SeedBundle, string> = { ...SEED_FILES, comments: 'comments.json' };
function loadFiles(dir: string): SeedBundle {
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(FILES)) raw[key] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  return SeedBundleSchema.parse(raw);
}

const bundle = loadFiles(seedDir);
const sourceText = readSourceDocument(seedDir, bundle);
const paragraphs = splitParagraphs(sourceText);

const cycleByCode = new Map(bundle.cycles.map((c) => [c.code, c]));
const pillarBySlug = new Map(bundle.pillars.map((p) => [p.slug, p]));
const actionNumbers = new Set(bundle.actions.map((a) => a.number));
const indicatorById = new Map(bundle.indicators.map((i) => [i.id, i]));

const observations = bundle.indicators.flatMap((indicator) =>
  indicator.observations.map((observation, index) => ({ indicator, observation, index })),
);
const seriesPoints = bundle.series.flatMap((series) => series.points.map((point, index) => ({ series, point, index })));
const ordinal = (code: string) => cycleByCode.get(code)?.ordinal ?? Number.NaN;
/** The cycles an observation speaks for: one, or every cycle of its span. */
const cyclesOf = (o: SeedObservation) =>
  bundle.cycles.filter((c) => c.ordinal >= ordinal(o.spanFrom ?? o.cycle) && c.ordinal <= ordinal(o.cycle)).map((c) => c.code);

// ---------------------------------------------------------------------------------------------------- note helpers

/** Paragraphs a note cites: "para 92", "paras 35, 52", "paragraph 147", "paras 67 to 69", "¶98". */
function citedParagraphs(note: string): number[] {
  const cited: number[] = [];
  for (const m of note.matchAll(/(?:¶|\bparas?\b\.?|\bparagraphs?\b)\s*(\d+(?:\s*(?:,|and|to|–|-)\s*\d+)*)/gi)) {
    const list = m[1] ?? '';
    for (const range of list.matchAll(/(\d+)(?:\s*(?:to|–|-)\s*(\d+))?/g)) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      for (let n = from; n <= to; n++) cited.push(n);
    }
  }
  return cited;
}

/** Text a note puts in quotation marks (“…” or "..."), split at ellipses so each piece can be checked. */
function quotedInNote(note: string): string[] {
  const pieces: string[] = [];
  for (const m of note.matchAll(/“([^”]+)”|"([^"]+)"/g)) {
    for (const piece of (m[1] ?? m[2] ?? '').split(/\s*(?:…|\.\.\.)\s*/)) if (piece.trim().length > 0) pieces.push(piece);
  }
  return pieces;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Numbers written as digits in a note that are figures: not paragraph, footnote, article or action numbers, cycles, years, dates, ISU categories or ids. */
function figuresInNote(note: string): string[] {
  const stripped = note
    .replace(/“[^”]*”|"[^"]*"/g, ' ') // quoted text is checked verbatim separately
    .replace(/(?:¶|\bparas?\b\.?|\bparagraphs?\b)\s*\d+(?:\s*(?:,|and|to|–|-)\s*\d+)*/gi, ' ')
    .replace(/\b(?:footnotes?|articles?|actions?|LAP(?: Action)?)\s+\d+(?:\(\d+\))?(?:\s*(?:,|and|to|–|-)\s*\d+(?:\(\d+\))?)*/gi, ' ')
    .replace(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g, ' ') // indicator, series and conflict ids
    .replace(/\b\d+\s?(?:MSP|RC)\b/g, ' ')
    .replace(new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\b`, 'g'), ' ')
    .replace(/\b\d{2}\.\d{2}\.\d{4}\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b7\s?\(?[abc]\)?/g, ' ');
  return [...stripped.matchAll(/\d[\d,.'’]*\d|\d/g)].map((m) => m[0]);
}
const numberKey = (digits: string) => digits.replace(/[,.'’]/g, '');
function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\d[\d,.'’]*\d|\d/g)].map((m) => numberKey(m[0])));
}

/** Problems with a note: quoted text not found, or a figure in digits that none of its paragraphs gives. */
function noteProblems(paragraph: number, note: string | null): string[] {
  if (note === null) return [];
  const sources = [paragraph, ...citedParagraphs(note)];
  const problems: string[] = [];
  for (const quote of quotedInNote(note)) {
    if (!sources.some((n) => paragraphContainsQuote(paragraphs, n, quote))) problems.push(`quote not in paras ${sources.join(', ')}: “${quote}”`);
  }
  const available = new Set(sources.flatMap((n) => [...numbersIn(paragraphs.get(n) ?? '')]));
  for (const figure of figuresInNote(note)) {
    if (!available.has(numberKey(figure))) problems.push(`figure ${figure} not in paras ${sources.join(', ')}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------- bundle

describe('seed bundle', () => {
  it('parses against the shared seed schemas, comments.json included', () => {
    expect(() => loadFiles(seedDir)).not.toThrow();
  });

  it('splits the source document into its 288 numbered paragraphs', () => {
    expect(paragraphs.size).toBe(288);
  });

  it('has one action plan, LAP, ending at the 3RC', () => {
    expect(bundle.actionPlans.map((p) => p.code)).toEqual(['LAP']);
    expect(bundle.actionPlans[0]?.deadlineCycle).toBe('3RC');
  });

  it('has cycles 10MSP..13MSP in order and 3RC as the only deadline', () => {
    const ordered = [...bundle.cycles].sort((a, b) => a.ordinal - b.ordinal).map((c) => [c.code, c.year, c.isDeadline]);
    expect(ordered).toEqual([
      ['10MSP', 2022, false],
      ['11MSP', 2023, false],
      ['12MSP', 2024, false],
      ['13MSP', 2025, false],
      ['3RC', 2026, true],
    ]);
  });

  it.skipIf(!('comments' in SEED_FILES))('the server loader reads the same bundle as the files', () => {
    expect(loadSeedBundle(seedDir)).toEqual(bundle);
  });
});

describe('pillars and actions', () => {
  it('has the nine pillars in order, covering actions 1..48 without gaps or overlaps', () => {
    const pillars = [...bundle.pillars].sort((a, b) => a.order - b.order);
    expect(pillars.map((p) => p.slug)).toEqual([
      'guiding-principles',
      'universalization',
      'stockpile-destruction',
      'survey-and-clearance',
      'risk-education',
      'victim-assistance',
      'international-cooperation',
      'transparency-measures',
      'national-implementation',
    ]);
    let next = 1;
    for (const pillar of pillars) {
      expect(pillar.actionFrom, pillar.slug).toBe(next);
      expect(pillar.actionTo, pillar.slug).toBeGreaterThanOrEqual(pillar.actionFrom);
      next = pillar.actionTo + 1;
    }
    expect(next).toBe(49);
  });

  it('lists each action 1..48 exactly once', () => {
    const numbers = bundle.actions.map((a) => a.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
  });

  it.each(bundle.actions.map((a) => [a.number, a] as const))(
    'action %i sits in an existing pillar whose range contains it',
    (_number, action) => {
      const pillar = pillarBySlug.get(action.pillar);
      expect(pillar, `pillar ${action.pillar}`).toBeDefined();
      expect(action.number).toBeGreaterThanOrEqual(pillar!.actionFrom);
      expect(action.number).toBeLessThanOrEqual(pillar!.actionTo);
      for (const secondary of action.secondaryPillars) {
        expect(pillarBySlug.has(secondary), `secondary pillar ${secondary}`).toBe(true);
        expect(secondary).not.toBe(action.pillar);
      }
    },
  );

  it('cites only paragraphs that exist in the document', () => {
    const cited = [
      ...bundle.actionPlans.flatMap((p) => p.paragraphs),
      ...bundle.cycles.flatMap((c) => c.paragraphs),
      ...bundle.pillars.flatMap((p) => p.paragraphs),
      ...bundle.actions.flatMap((a) => a.paragraphs),
      ...bundle.indicators.flatMap((i) => (i.population.paragraph === null ? [] : [i.population.paragraph])),
      ...bundle.comments.flatMap((c) => [c.paragraph, ...c.covers]),
    ];
    const missing = cited.filter((n) => !paragraphs.has(n));
    expect(missing).toEqual([]);
  });

  it('covers Actions 11, 14, 16 and 17 with an indicator or a series point from their own paragraphs', () => {
    for (const number of [11, 14, 16, 17]) {
      const own = new Set(bundle.actions.find((a) => a.number === number)?.paragraphs ?? []);
      const covered =
        bundle.indicators.some((i) => i.action === number) || seriesPoints.some(({ point }) => own.has(point.paragraph));
      expect(covered, `Action ${number}`).toBe(true);
    }
    expect(bundle.indicators.find((i) => i.id === 'a11-declared-non-compliance')?.observations.map((o) => [o.spanFrom, o.cycle, o.value])).toEqual([
      ['10MSP', '13MSP', 0],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------- indicators

describe('indicators', () => {
  it('keep every indicator id of the previous bundle (ids are permanent)', () => {
    const permanent = [
      'a1-policy-integration', 'a1-national-capacities', 'a2-national-strategies', 'a2-annual-work-plans',
      'a3-donors-providing-assistance', 'a3-multi-year-funding', 'a5-inclusive-strategies', 'a5-victims-in-delegations',
      'a6-national-standards', 'a7-information-management', 'a8-synergies', 'a9-assessed-contributions-on-time',
      'a9-isu-contributors', 'a4-women-presiding', 'a4-women-coordination-committee', 'a4-women-headed-delegations',
      'a10-new-states-parties', 'a10-withdrawals', 'a10-non-party-unga-supporters', 'a12-stockpiles-destroyed',
      'a12-outstanding-article3', 'a15-article3-extension-requests', 'a17-states-retaining', 'a18-baseline-surveys',
      'a18-hazardous-areas-marked', 'a19-strategies-work-plans', 'a21-innovative-methodologies', 'a22-residual-capacity',
      'a23-age-gender-sensitive', 'a23-sdg-integration', 'a27-re-integrated', 'a28-tailored-re', 'a29-disaggregated-data',
      'a29-impact-measures', 'a30-residual-contamination-references', 'a33-focal-points', 'a33-action-plans',
      'a35-socioeconomic-inclusion', 'a36-legislation-policies', 'a36-victims-in-delegations', 'a37-training',
      'a37-qualified-personnel', 'a38-national-resources', 'a39-sharing-practices', 'a39-reciprocal-cooperation',
      'a41-integrated-national-plans', 'a42-country-coalitions', 'a43-timely-reports', 'a43-initial-reports-overdue',
      'a44-article7-reporting', 'a45-adapted-form', 'a46-reporting-assistance', 'a47-adequate-legislation',
      'a47-new-legislation-needed', 'a47-existing-legislation-sufficient', 'a48-assistance-requests',
    ];
    expect(permanent.filter((id) => !indicatorById.has(id))).toEqual([]);
  });

  it('have unique ids, belong to an existing action and carry at least one observation', () => {
    const ids = bundle.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of bundle.indicators) {
      expect(actionNumbers.has(indicator.action), `${indicator.id} action ${indicator.action}`).toBe(true);
      expect(indicator.observations.length, indicator.id).toBeGreaterThan(0);
    }
  });

  it('keep direction "decrease" for the counts where fewer is better', () => {
    for (const id of [
      'a10-withdrawals',
      'a11-declared-non-compliance',
      'a12-outstanding-article3',
      'a15-article3-extension-requests',
      'a17-states-retaining',
      'a43-initial-reports-overdue',
    ]) {
      expect(indicatorById.get(id)?.direction, id).toBe('decrease');
    }
  });

  it("cite only paragraphs that their action's paragraph list also names", () => {
    const actionParagraphs = new Map(bundle.actions.map((a) => [a.number, new Set(a.paragraphs)]));
    const unlisted = observations
      .filter(({ indicator, observation }) => !actionParagraphs.get(indicator.action)?.has(observation.paragraph))
      .map(({ indicator, observation }) => `${indicator.id} para ${observation.paragraph}`);
    expect(unlisted).toEqual([]);
  });

  it('never record two observations of one indicator for the same cycle and span', () => {
    const duplicates: string[] = [];
    for (const indicator of bundle.indicators) {
      const seen = new Set<string>();
      for (const o of indicator.observations) {
        const key = `${o.spanFrom ?? '-'}→${o.cycle}`;
        if (seen.has(key)) duplicates.push(`${indicator.id} ${key}`);
        seen.add(key);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('place every observation on a known LAP cycle, never on the 3RC deadline, with spans running forwards', () => {
    const problems: string[] = [];
    for (const { indicator, observation: o, index } of observations) {
      const where = `${indicator.id}[${index}]`;
      const cycle = cycleByCode.get(o.cycle);
      if (!cycle) {
        problems.push(`${where}: unknown cycle ${o.cycle}`);
        continue;
      }
      if (cycle.isDeadline || o.cycle === '3RC') problems.push(`${where}: observation on the deadline cycle`);
      if (o.spanFrom !== null) {
        const from = cycleByCode.get(o.spanFrom);
        if (!from) problems.push(`${where}: unknown spanFrom ${o.spanFrom}`);
        else if (from.ordinal >= cycle.ordinal) problems.push(`${where}: spanFrom ${o.spanFrom} is not before ${o.cycle}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep values within their denominators and the population size', () => {
    const problems: string[] = [];
    for (const { indicator, observation: o, index } of observations) {
      const size = indicator.population.size;
      if (o.value !== null && size !== null && o.value > size) problems.push(`${indicator.id}[${index}] ${o.value} > ${size}`);
      if (o.denominator !== null && size !== null && o.denominator !== size)
        problems.push(`${indicator.id}[${index}] denominator ${o.denominator} ≠ population ${size}`);
    }
    expect(problems).toEqual([]);
  });

  it('Action 27 (a27-re-integrated) reads 8, 8, 10, 10 for 10MSP..13MSP, all exact', () => {
    const indicator = indicatorById.get('a27-re-integrated');
    expect(indicator?.action).toBe(27);
    const byCycle = Object.fromEntries(
      (indicator?.observations ?? []).filter((o) => o.spanFrom === null).map((o) => [o.cycle, [o.value, o.qualifier]]),
    );
    expect(byCycle).toEqual({
      '10MSP': [8, 'exact'],
      '11MSP': [8, 'exact'],
      '12MSP': [10, 'exact'],
      '13MSP': [10, 'exact'],
    });
  });

  it('Action 1 has both measures the document gives: policy integration 0→7 and national capacities 12→15', () => {
    const values = (id: string) => indicatorById.get(id)?.observations.map((o) => [o.cycle, o.value]);
    expect(values('a1-policy-integration')).toEqual([
      ['10MSP', 0],
      ['13MSP', 7],
    ]);
    expect(values('a1-national-capacities')).toEqual([
      ['10MSP', 12],
      ['13MSP', 15],
    ]);
  });

  it('use each kind of qualified figure: at_least, average, at_most and approximate', () => {
    const qualifiers = new Set(observations.map(({ observation }) => observation.qualifier));
    for (const q of ['at_least', 'average', 'at_most', 'approximate'] as const) expect(qualifiers).toContain(q);
  });

  it.each([
    ['at least', /\bat least\b/i],
    ['above', /\babove\b/i],
    ['beyond', /\bbeyond\b/i],
    ['exceed', /\bexceed/i],
    ['never fell below', /\bnever fell below\b/i],
    ['average', /\baverage\b/i],
  ])('do not record a figure quoted with "%s" as exact', (_word, pattern) => {
    const offenders = observations
      .filter(({ observation: o }) => o.qualifier === 'exact' && pattern.test(o.quote))
      .map(({ indicator, observation: o }) => `${indicator.id} ${o.cycle}: ${o.quote}`);
    expect(offenders).toEqual([]);
  });

  it('explain every non-exact, span or inferred figure in a note', () => {
    const unexplained = observations
      .filter(({ observation: o }) => (o.qualifier !== 'exact' || o.spanFrom !== null || o.cycleInferred) && !o.note?.trim())
      .map(({ indicator, observation: o }) => `${indicator.id} ${o.spanFrom ?? ''}→${o.cycle}`);
    expect(unexplained).toEqual([]);
  });

  it('give every inferred cycle a note that says which cycle was assumed', () => {
    const problems = observations
      .filter(({ observation: o }) => o.cycleInferred)
      .filter(({ observation: o }) => !o.note || !o.note.includes(o.cycle))
      .map(({ indicator, observation: o }) => `${indicator.id} ${o.cycle}`);
    expect(problems).toEqual([]);
  });

  it('put a span bound (at_least / at_most) only on figures the text says held in every cycle, never on "most of" the period', () => {
    const offenders = observations
      .filter(({ observation: o }) => o.spanFrom !== null && (o.qualifier === 'at_least' || o.qualifier === 'at_most'))
      .filter(({ observation: o }) => /\bmost of\b/i.test(o.quote))
      .map(({ indicator, observation: o }) => `${indicator.id}: ${o.quote}`);
    expect(offenders).toEqual([]);
  });
});

describe('strict bounds hold the values the wording gives', () => {
  const bounds = (paragraph: number) =>
    observations
      .filter(({ observation: o }) => o.paragraph === paragraph && (o.qualifier === 'at_least' || o.qualifier === 'at_most'))
      .map(({ indicator, observation: o }) => [indicator.id, o.qualifier, o.value, o.spanFrom, o.cycle]);

  it('para 124 "consistently above eight (8) throughout most of the review period": at least 9, on the 10MSP only, never on the 11MSP (six)', () => {
    expect(bounds(124)).toEqual([['a28-tailored-re', 'at_least', 9, null, '10MSP']]);
    const a28 = indicatorById.get('a28-tailored-re')?.observations ?? [];
    expect(a28.filter((o) => o.qualifier === 'at_least' && cyclesOf(o).includes('11MSP'))).toEqual([]);
    expect(a28.find((o) => o.cycle === '11MSP' && o.spanFrom === null)?.value).toBe(6);
  });

  it('para 186 "remained above twenty-two (22) throughout the review period": at least 23 over the period', () => {
    expect(bounds(186)).toEqual([['a44-article7-reporting', 'at_least', 23, '10MSP', '13MSP']]);
  });

  it('para 102 "has not extended beyond three (3)": at most 3', () => {
    expect(bounds(102)).toEqual([['a23-sdg-integration', 'at_most', 3, '10MSP', '13MSP']]);
  });

  it('para 165 "has not exceeded three (3) ... in any reporting cycle": at most 3', () => {
    expect(bounds(165)).toEqual([['a41-integrated-national-plans', 'at_most', 3, '10MSP', '13MSP']]);
  });

  it('para 181 "From the 10MSP to 12MSP ... did not exceed fifty-one (51)": at most 51 over 10MSP-12MSP', () => {
    expect(bounds(181)).toEqual([['a43-timely-reports', 'at_most', 51, '10MSP', '12MSP']]);
  });

  it('para 162 "never fell below fourteen (14)": at least 14 over the period', () => {
    expect(bounds(162)).toEqual([['a38-national-resources', 'at_least', 14, '10MSP', '13MSP']]);
  });

  it('para 92 "at least eight (8)": at least 8, twice', () => {
    expect(bounds(92).map((b) => b.slice(1))).toEqual([
      ['at_least', 8, '10MSP', '13MSP'],
      ['at_least', 8, '10MSP', '13MSP'],
    ]);
  });
});

describe('a change over an unnamed period is a start and an end, each on its own cycle', () => {
  // [paragraph, indicator, start cycle, start value, start inferred, end cycle, end value, end inferred]
  const cases = [
    [98, 'a19-strategies-work-plans', '10MSP', 8, true, '12MSP', 9, true],
    [125, 'a29-impact-measures', '10MSP', 0, true, '13MSP', 5, true],
    [188, 'a46-reporting-assistance', '10MSP', 0, true, '13MSP', 3, false],
    [65, 'a12-outstanding-article3', '10MSP', 5, true, '13MSP', 0, false],
    [30, 'a10-withdrawals', '10MSP', 0, true, '13MSP', 1, false],
    [18, 'a5-victims-in-delegations', '11MSP', 1, false, '13MSP', 1, false],
    [158, 'a38-national-resources', '10MSP', 18, true, '12MSP', 15, true],
  ] as const;

  it.each(cases)('para %i (%s)', (paragraph, id, startCycle, startValue, startInferred, endCycle, endValue, endInferred) => {
    const own = (indicatorById.get(id)?.observations ?? []).filter((o) => o.paragraph === paragraph);
    expect(own.filter((o) => o.spanFrom !== null), 'no span stands in for the start and end').toEqual([]);
    const at = (cycle: string) => own.find((o) => o.cycle === cycle);
    expect([at(startCycle)?.value, at(startCycle)?.qualifier, at(startCycle)?.cycleInferred]).toEqual([startValue, 'exact', startInferred]);
    expect([at(endCycle)?.value, at(endCycle)?.qualifier, at(endCycle)?.cycleInferred]).toEqual([endValue, 'exact', endInferred]);
  });

  it('para 188 "no such requests during the first two years": zero at both the 10MSP and the 11MSP', () => {
    const own = (indicatorById.get('a46-reporting-assistance')?.observations ?? []).filter((o) => o.paragraph === 188);
    expect(own.map((o) => [o.cycle, o.value, o.cycleInferred])).toEqual([
      ['10MSP', 0, true],
      ['11MSP', 0, true],
      ['13MSP', 3, false],
    ]);
  });

  it('paras 145 and 146 "for the remainder": one inferred point per remaining cycle', () => {
    const read = (id: string) => indicatorById.get(id)?.observations.map((o) => [o.cycle, o.value, o.cycleInferred]);
    expect(read('a35-socioeconomic-inclusion')).toEqual([
      ['10MSP', 7, false],
      ['11MSP', 7, false],
      ['12MSP', 9, true],
      ['13MSP', 9, true],
    ]);
    expect(read('a36-legislation-policies')).toEqual([
      ['10MSP', 6, false],
      ['11MSP', 9, true],
      ['12MSP', 9, true],
      ['13MSP', 9, true],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------- traceability

describe('traceability: every quote occurs in the paragraph it cites', () => {
  it.each(observations.map(({ indicator, observation, index }) => [`${indicator.id}[${index}]`, observation] as const))(
    'observation %s',
    (_where, o) => {
      expect(paragraphContainsQuote(paragraphs, o.paragraph, o.quote), `para ${o.paragraph}: "${o.quote}"`).toBe(true);
    },
  );

  it.each(seriesPoints.map(({ series, point, index }) => [`${series.name}[${index}] ${point.period} ${point.measure}`, point] as const))(
    'series point %s',
    (_where, p) => {
      expect(paragraphContainsQuote(paragraphs, p.paragraph, p.quote), `para ${p.paragraph}: "${p.quote}"`).toBe(true);
    },
  );

  it.each(
    bundle.conflicts.flatMap((c) => c.statements.map((s, i) => [`${c.id}[${i}]`, s] as const)),
  )('conflict statement %s', (_where, s) => {
    expect(paragraphContainsQuote(paragraphs, s.paragraph, s.quote), `para ${s.paragraph}: "${s.quote}"`).toBe(true);
  });
});

describe('traceability of notes: quoted text and figures in digits come from the cited paragraphs', () => {
  it('the note helpers tell figures from references', () => {
    expect(citedParagraphs('see para 92; paras 35, 52 and paras 67 to 69 (¶98)')).toEqual([92, 35, 52, 67, 68, 69, 98]);
    expect(figuresInNote('Footnote 4 (para 6): the 10MSP to 12MSP, 6 March 2025, Actions 21, 23 and 26, Article 3(6), 7a + 7b, series a47-adequate-legislation')).toEqual([]);
    expect(figuresInNote('Thirty-two and 33 add up to neither 67 nor 63; “five (5) in 2021”')).toEqual(['33', '67', '63']);
    expect(quotedInNote('“A rise … reaching” and "the same period"')).toEqual(['A rise', 'reaching', 'the same period']);
  });

  it.each(observations.map(({ indicator, observation, index }) => [`${indicator.id}[${index}]`, observation] as const))(
    'observation note %s',
    (_where, o) => {
      expect(noteProblems(o.paragraph, o.note)).toEqual([]);
    },
  );

  it.each(seriesPoints.map(({ series, point, index }) => [`${series.name}[${index}] ${point.period} ${point.measure}`, point] as const))(
    'series point note %s',
    (_where, p) => {
      expect(noteProblems(p.paragraph, p.note)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------- comments and under review

describe("drafters' comments", () => {
  /** Every "Comment by CCMPRESIDENT3RC:" in the source, with the paragraph it sits on or, on a heading, the heading and the next paragraph. */
  const inSource = (() => {
    const found: { paragraph: number; heading: string | null; text: string }[] = [];
    let expected = 1;
    for (const line of sourceText.split(/\r?\n/)) {
      const match = /^\s*(\d{1,4})\.\s/.exec(line);
      const number = match ? Number(match[1]) : null;
      const startsParagraph = number !== null && number === expected;
      if (startsParagraph) expected = number + 1;
      const at = line.indexOf('Comment by CCMPRESIDENT3RC:');
      if (at < 0) continue;
      const text = line
        .slice(at + 'Comment by CCMPRESIDENT3RC:'.length)
        .replace(/\s*\[\d+:.*$/, '')
        .trim();
      if (startsParagraph) found.push({ paragraph: number, heading: null, text });
      else found.push({ paragraph: expected, heading: (line.split('\t')[0] ?? '').replace(/\[bookmark:[^\]]*\]/g, '').trim(), text });
    }
    return found;
  })();

  it('lists every comment of the document, with its paragraph or heading, as printed', () => {
    expect(inSource.length).toBe(19);
    expect(bundle.comments.map((c) => ({ paragraph: c.paragraph, heading: c.heading, text: c.text }))).toEqual(inSource);
  });

  it('puts a paragraph comment under review over its own paragraph, a heading comment over its section, and an unrelated comment over nothing', () => {
    for (const c of bundle.comments) {
      if (!c.underReview) expect(c.covers, c.text).toEqual([]);
      else expect(c.covers, c.text).toContain(c.paragraph);
    }
    const heading = bundle.comments.find((c) => c.heading === 'Transparency and Exchange of Information Measures');
    expect(heading?.paragraph).toBe(180);
    expect(heading?.covers).toEqual(Array.from({ length: 16 }, (_, i) => 180 + i));
    expect(bundle.comments.find((c) => c.paragraph === 114)?.underReview).toBe(false);
  });

  const flagged = [
    ...observations.map(({ indicator, observation: o }) => ({ where: `${indicator.id} ${o.cycle}`, paragraph: o.paragraph, underReview: o.underReview })),
    ...seriesPoints.map(({ series, point: p }) => ({ where: `${series.name} ${p.period} ${p.measure}`, paragraph: p.paragraph, underReview: p.underReview })),
  ];

  it('flag every observation and series point under review with a comment that covers its paragraph, as printed', () => {
    const problems = flagged
      .filter((f) => f.underReview !== null)
      .filter(
        (f) =>
          !bundle.comments.some(
            (c) => c.underReview && c.paragraph === f.underReview?.paragraph && c.text === f.underReview.note && c.covers.includes(f.paragraph),
          ),
      )
      .map((f) => f.where);
    expect(problems).toEqual([]);
  });

  it('flag every observation and series point from a paragraph that a comment puts under review', () => {
    const covered = new Set(bundle.comments.filter((c) => c.underReview).flatMap((c) => c.covers));
    expect(flagged.filter((f) => covered.has(f.paragraph) && f.underReview === null).map((f) => f.where)).toEqual([]);
    expect(flagged.filter((f) => f.underReview !== null).length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------- series

describe('series', () => {
  it('has exactly the nine named series', () => {
    expect(bundle.series.map((s) => s.name).sort()).toEqual([
      'extension-requests',
      'isu-contributions',
      'membership',
      'presidencies',
      'risk-education',
      'stockpile-destruction',
      'unga-votes',
      'universalization',
      'victim-assistance',
    ]);
  });

  it('names each point once: a period and a measure identify it (the database refuses a second one)', () => {
    for (const series of bundle.series) {
      const keys = series.points.map((p) => `${p.period}|${p.measure}`);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), series.name).toEqual([]);
    }
  });

  const isu = bundle.series.find((s) => s.name === 'isu-contributions');
  const isuValue = (period: string, measure: string) =>
    isu?.points.find((p) => p.period === period && p.measure === measure)?.value ?? null;
  const isuYears = ['2021', '2022', '2023', '2024', '2025'];

  it.each(isuYears)('ISU %s: received total equals 7a + 7b + 7c (or a conflict says why not)', (year) => {
    const parts = [isuValue(year, 'received-7a'), isuValue(year, 'received-7b'), isuValue(year, 'received-7c')];
    const total = isuValue(year, 'received');
    expect(total, `received ${year}`).not.toBeNull();
    expect(parts.every((v) => v !== null), `categories ${year}`).toBe(true);
    const sum = parts.reduce<number>((acc, v) => acc + (v ?? 0), 0);
    if (sum !== total) {
      const explained = bundle.conflicts.some(
        (c) => c.series === 'isu-contributions' && (c.description.includes(year) || c.id.includes(year)),
      );
      expect(explained, `ISU ${year}: ${sum} ≠ ${total} and no conflict entry`).toBe(true);
    } else {
      expect(sum).toBe(total);
    }
  });

  it('marks the 2025 ISU contributions as provisional and earlier years as final', () => {
    const received = isu?.points.filter((p) => p.measure === 'received') ?? [];
    expect(received.map((p) => [p.period, p.provisional])).toEqual([
      ['2021', false],
      ['2022', false],
      ['2023', false],
      ['2024', false],
      ['2025', true],
    ]);
  });

  it('Article 4 extension requests per meeting add up to the stated total of thirteen', () => {
    const ext = bundle.series.find((s) => s.name === 'extension-requests');
    const perMeeting = (ext?.points ?? []).filter((p) => p.measure === 'requests');
    expect(perMeeting.map((p) => [p.period, p.value, p.states?.length])).toEqual([
      ['10MSP', 3, 3],
      ['11MSP', 2, 2],
      ['12MSP', 3, 3],
      ['13MSP', 5, 5],
    ]);
    const total = ext?.points.find((p) => p.measure === 'requests-total')?.value;
    expect(perMeeting.reduce((acc, p) => acc + (p.value ?? 0), 0)).toBe(total);
  });

  it('names as many States as a point counts, where it names them, and each name occurs in its paragraphs', () => {
    // A count names exactly that many States, unless a conflict on its paragraph records a longer list; a point with no
    // count (value null) names examples, in words that say so ("including", "as in the case of").
    const conflictParagraphs = new Set(bundle.conflicts.flatMap((c) => c.statements.map((s) => s.paragraph)));
    const mismatched = seriesPoints
      .filter(({ point }) => {
        if (point.states === null) return false;
        if (point.value === null) return !/\binclud|\bas in the case of\b|\bas with\b/i.test(point.quote);
        if (point.states.length > point.value && conflictParagraphs.has(point.paragraph)) return false;
        return point.value !== point.states.length;
      })
      .map(({ series, point }) => `${series.name} ${point.period} ${point.measure}`);
    expect(mismatched).toEqual([]);
    // A name must occur in the point's paragraph, or in a paragraph its note cites (para 34 does not name Lithuania; paras 30 and 39 do).
    const unnamed = seriesPoints.flatMap(({ series, point }) => {
      const sources = [point.paragraph, ...citedParagraphs(point.note ?? '')].map((n) => normaliseForQuote(paragraphs.get(n) ?? ''));
      return (point.states ?? [])
        .filter((state) => !sources.some((text) => text.includes(normaliseForQuote(state))))
        .map((state) => `${series.name} ${point.measure}: ${state}`);
    });
    expect(unnamed).toEqual([]);
  });

  it('records the stockpile figures of paras 64, 65, 71 and 66-69 and the Action 14, 16 and 17 examples', () => {
    const stock = bundle.series.find((s) => s.name === 'stockpile-destruction');
    const value = (period: string, measure: string) => stock?.points.find((p) => p.period === period && p.measure === measure);
    expect(['1RC', '2RC', '2021', '13MSP'].map((p) => value(p, 'outstanding-obligations')?.value)).toEqual([13, 9, 5, 0]);
    expect(value('to-date', 'completed-destruction')?.underReview?.paragraph).toBe(64);
    expect(value('2021', 'previously-unknown-stockpiles-reported')?.qualifier).toBe('at_least');
    // the named groups of para 67 are nine of the ten States retaining at the 13MSP (para 66)
    const retaining = new Set(value('13MSP', 'retaining')?.states ?? []);
    const reported = ['retained-used-for-eod', 'retained-acquired-and-used', 'retained-no-reduction'].flatMap((m) => value('13MSP', m)?.states ?? []);
    expect(reported.every((s) => retaining.has(s))).toBe(true);
    expect([...retaining].filter((s) => !reported.includes(s))).toEqual(['Bosnia and Herzegovina']);
  });
});

// ---------------------------------------------------------------------------------------------------- conflicts

describe('conflicts', () => {
  it('have unique ids and point at things that exist, naming at least one indicator or a series', () => {
    const ids = bundle.conflicts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seriesNames = new Set(bundle.series.map((s) => s.name));
    for (const c of bundle.conflicts) {
      for (const id of c.indicators) expect(indicatorById.has(id), `${c.id} → ${id}`).toBe(true);
      expect(new Set(c.indicators).size, `${c.id} lists an indicator twice`).toBe(c.indicators.length);
      if (c.action !== null) expect(actionNumbers.has(c.action), `${c.id} → action ${c.action}`).toBe(true);
      if (c.series !== null) expect(seriesNames.has(c.series), `${c.id} → ${c.series}`).toBe(true);
      expect(c.indicators.length > 0 || c.series !== null, c.id).toBe(true);
      expect(c.statements.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('name every indicator whose recorded figure a statement quotes', () => {
    /** Two quotes overlap when they share a run of at least 25 characters once normalised. */
    const overlap = (a: string, b: string) => {
      const [x, y] = [normaliseForQuote(a), normaliseForQuote(b)];
      for (let i = 0; i + 25 <= x.length; i++) if (y.includes(x.slice(i, i + 25))) return true;
      return false;
    };
    const missing: string[] = [];
    for (const c of bundle.conflicts) {
      for (const s of c.statements) {
        for (const { indicator, observation: o } of observations) {
          if (o.paragraph === s.paragraph && overlap(o.quote, s.quote) && !c.indicators.includes(indicator.id))
            missing.push(`${c.id}: para ${s.paragraph} → ${indicator.id}`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('record the contradictions the audit named', () => {
    const cites = (paras: number[]) =>
      bundle.conflicts.some((c) => paras.every((n) => c.statements.some((s) => s.paragraph === n)));
    const within = (paragraph: number) => bundle.conflicts.some((c) => c.statements.filter((s) => s.paragraph === paragraph).length >= 2);
    expect(cites([83, 85]), 'para 83 vs 85').toBe(true);
    expect(within(200), 'para 200 split').toBe(true);
    expect(within(124), 'para 124 against itself').toBe(true);
    expect(within(164), 'para 164 against itself').toBe(true);
    expect(cites([106, 159]), 'para 106 vs 159').toBe(true);
    expect(cites([221, 256]), 'para 221 vs footnote 28').toBe(true);
    expect(cites([185, 181]), 'para 185 vs 181').toBe(true);
    expect(cites([18, 146]), 'para 18 vs 146').toBe(true);
    expect(cites([43, 39]), 'para 43 vs 39').toBe(true);
    expect(cites([167, 162]), 'para 167 vs 13MSP figures').toBe(true);
    expect(cites([203, 200]), 'para 203 vs 13MSP figures').toBe(true);
    const fn4 = bundle.conflicts.find((c) => c.statements.some((s) => s.paragraph === 6));
    expect(fn4?.indicators.length).toBeGreaterThan(20);
  });

  it('reach Action 36 for the delegations figure filed under Action 5', () => {
    const c = bundle.conflicts.find((x) => x.id === 'victims-in-delegations-count');
    expect(c?.indicators).toEqual(['a5-victims-in-delegations', 'a36-victims-in-delegations']);
  });
});
