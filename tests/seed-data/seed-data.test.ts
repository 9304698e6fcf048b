// Checks the bundled seed data against its schema, its own internal rules, and the source document it was extracted from.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeedBundle, readSourceDocument } from '../../server/src/db/seed-files.ts';
import { paragraphContainsQuote, splitParagraphs } from '../../shared/src/domain/paragraphs.ts';

const seedDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../seed-data');
const bundle = loadSeedBundle(seedDir);
const paragraphs = splitParagraphs(readSourceDocument(seedDir, bundle));

const cycleByCode = new Map(bundle.cycles.map((c) => [c.code, c]));
const pillarBySlug = new Map(bundle.pillars.map((p) => [p.slug, p]));
const actionNumbers = new Set(bundle.actions.map((a) => a.number));

const observations = bundle.indicators.flatMap((indicator) =>
  indicator.observations.map((observation, index) => ({ indicator, observation, index })),
);
const seriesPoints = bundle.series.flatMap((series) => series.points.map((point, index) => ({ series, point, index })));

describe('seed bundle', () => {
  it('parses against the shared seed schemas', () => {
    expect(() => loadSeedBundle(seedDir)).not.toThrow();
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
    ];
    const missing = cited.filter((n) => !paragraphs.has(n));
    expect(missing).toEqual([]);
  });
});

describe('indicators', () => {
  it('have unique ids, belong to an existing action and carry at least one observation', () => {
    const ids = bundle.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of bundle.indicators) {
      expect(actionNumbers.has(indicator.action), `${indicator.id} action ${indicator.action}`).toBe(true);
      expect(indicator.observations.length, indicator.id).toBeGreaterThan(0);
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
    const indicator = bundle.indicators.find((i) => i.id === 'a27-re-integrated');
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
    const values = (id: string) =>
      bundle.indicators.find((i) => i.id === id)?.observations.map((o) => [o.cycle, o.value]);
    expect(values('a1-policy-integration')).toEqual([
      ['10MSP', 0],
      ['13MSP', 7],
    ]);
    expect(values('a1-national-capacities')).toEqual([
      ['10MSP', 12],
      ['13MSP', 15],
    ]);
  });

  it('use each kind of qualified figure: at_least, average and at_most', () => {
    const qualifiers = new Set(observations.map(({ observation }) => observation.qualifier));
    expect(qualifiers).toContain('at_least');
    expect(qualifiers).toContain('average');
    expect(qualifiers).toContain('at_most');
  });

  it.each([
    ['at least', /\bat least\b/i],
    ['average', /\baverage\b/i],
    ['beyond', /\bbeyond\b/i],
    ['exceed', /\bexceed/i],
    ['never fell below', /\bnever fell below\b/i],
  ])('do not record a figure quoted with "%s" as exact', (_word, pattern) => {
    const offenders = observations
      .filter(({ observation: o }) => o.qualifier === 'exact' && pattern.test(o.quote))
      .map(({ indicator, observation: o }) => `${indicator.id} ${o.cycle}: ${o.quote}`);
    expect(offenders).toEqual([]);
  });

  it('explain every non-exact or span figure in a note', () => {
    const unexplained = observations
      .filter(({ observation: o }) => (o.qualifier !== 'exact' || o.spanFrom !== null) && !o.note)
      .map(({ indicator, observation: o }) => `${indicator.id} ${o.spanFrom ?? ''}→${o.cycle}`);
    expect(unexplained).toEqual([]);
  });
});

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

describe('series', () => {
  it('has exactly the four named series', () => {
    expect(bundle.series.map((s) => s.name).sort()).toEqual(['extension-requests', 'isu-contributions', 'membership', 'unga-votes']);
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

  it('names as many States as a point counts, where it names them', () => {
    const mismatched = seriesPoints
      .filter(({ point }) => point.states !== null && point.value !== point.states.length)
      .map(({ series, point }) => `${series.name} ${point.period} ${point.measure}`);
    expect(mismatched).toEqual([]);
  });
});

describe('conflicts', () => {
  it('have unique ids and point at things that exist', () => {
    const ids = bundle.conflicts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const indicatorIds = new Set(bundle.indicators.map((i) => i.id));
    const seriesNames = new Set(bundle.series.map((s) => s.name));
    for (const c of bundle.conflicts) {
      if (c.indicator !== null) expect(indicatorIds.has(c.indicator), `${c.id} → ${c.indicator}`).toBe(true);
      if (c.action !== null) expect(actionNumbers.has(c.action), `${c.id} → action ${c.action}`).toBe(true);
      if (c.series !== null) expect(seriesNames.has(c.series), `${c.id} → ${c.series}`).toBe(true);
    }
  });

  it('record the two contradictions the brief names: para 83 vs 85, and the para 200 split', () => {
    const cites = (paras: number[]) =>
      bundle.conflicts.some((c) => paras.every((n) => c.statements.some((s) => s.paragraph === n)));
    expect(cites([83, 85])).toBe(true);
    expect(bundle.conflicts.some((c) => c.statements.filter((s) => s.paragraph === 200).length >= 2)).toBe(true);
  });
});
