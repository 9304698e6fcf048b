// The one builder of classifier input (catalogue, POST /classify and workspace preview) and the one localiser of a status.
import { describe, expect, it } from 'vitest';
import { classifyIndicator, type ClassifierInput } from '../../shared/src/domain/classify.ts';
import {
  classifierInputFor,
  localizeStatus,
  type StatusCycle,
  type StatusIndicator,
} from '../../shared/src/domain/status-input.ts';
import { LANGUAGES } from '../../shared/src/i18n/languages.ts';
import { IndicatorStatusSchema } from '../../shared/src/schemas/status.ts';

const LAP: StatusCycle[] = [
  { code: '10MSP', actionPlan: 'LAP', ordinal: 0, isDeadline: false },
  { code: '11MSP', actionPlan: 'LAP', ordinal: 1, isDeadline: false },
  { code: '12MSP', actionPlan: 'LAP', ordinal: 2, isDeadline: false },
  { code: '13MSP', actionPlan: 'LAP', ordinal: 3, isDeadline: false },
  { code: '3RC', actionPlan: 'LAP', ordinal: 4, isDeadline: true },
];
/** Another plan's cycles, and an open cycle of the LAP after its deadline. */
const OTHERS: StatusCycle[] = [
  { code: '1MSP', actionPlan: 'DAP', ordinal: 0, isDeadline: false },
  { code: '2RC', actionPlan: 'DAP', ordinal: 1, isDeadline: true },
  { code: '14MSP', actionPlan: 'LAP', ordinal: 5, isDeadline: false },
];

const indicator: StatusIndicator = {
  direction: 'increase',
  populationSize: 112,
  targetShare: null,
  unit: 'States Parties',
  observations: [
    { cycle: '11MSP', value: 63 },
    { cycle: '13MSP', value: 67 },
  ],
};

describe('classifierInputFor', () => {
  const cases = [
    {
      name: 'the plan’s own cycles before the deadline; other plans’ cycles and the open cycle after the deadline left out',
      cycles: [...OTHERS, ...LAP],
      plan: { code: 'LAP', deadlineCycle: '3RC' },
      codes: ['10MSP', '11MSP', '12MSP', '13MSP'],
      deadline: { code: '3RC', ordinal: 4 },
    },
    {
      name: 'cycles in any order come out by ordinal',
      cycles: [...LAP].reverse(),
      plan: { code: 'LAP', deadlineCycle: '3RC' },
      codes: ['10MSP', '11MSP', '12MSP', '13MSP'],
      deadline: { code: '3RC', ordinal: 4 },
    },
    {
      name: 'a deadline code the plan does not have: the plan’s last cycle is the deadline',
      cycles: [...LAP, ...OTHERS],
      plan: { code: 'LAP', deadlineCycle: '4RC' },
      codes: ['10MSP', '11MSP', '12MSP', '13MSP'], // 3RC is a deadline cycle, so it is not a reporting cycle
      deadline: { code: '14MSP', ordinal: 5 },
    },
    {
      name: 'an earlier deadline: cycles from the deadline on are left out',
      cycles: LAP,
      plan: { code: 'LAP', deadlineCycle: '12MSP' },
      codes: ['10MSP', '11MSP'],
      deadline: { code: '12MSP', ordinal: 2 },
    },
    {
      name: 'the other plan: its own cycles only',
      cycles: [...LAP, ...OTHERS],
      plan: { code: 'DAP', deadlineCycle: '2RC' },
      codes: ['1MSP'],
      deadline: { code: '2RC', ordinal: 1 },
    },
  ];
  it.each(cases)('$name', ({ cycles, plan, codes, deadline }) => {
    const input = classifierInputFor(indicator, cycles, plan);
    expect(input?.cycles.map((c) => c.code)).toEqual(codes);
    expect(input?.deadlineCycle).toEqual(deadline);
  });

  it('carries the indicator’s direction, N, target, unit, observations, and the thresholds when given', () => {
    const input = classifierInputFor(indicator, LAP, { code: 'LAP', deadlineCycle: '3RC' }, { stalledBelowRatio: 0.1 });
    expect(input).toEqual({
      direction: 'increase',
      denominator: 112,
      targetShare: null,
      unit: 'States Parties',
      observations: indicator.observations,
      cycles: LAP.slice(0, 4).map(({ code, ordinal }) => ({ code, ordinal })),
      deadlineCycle: { code: '3RC', ordinal: 4 },
      thresholds: { stalledBelowRatio: 0.1 },
    });
    expect(classifierInputFor(indicator, LAP, { code: 'LAP', deadlineCycle: '3RC' })).not.toHaveProperty('thresholds');
  });

  it('a plan with no cycles gives null', () => {
    expect(classifierInputFor(indicator, OTHERS.slice(0, 2), { code: 'LAP', deadlineCycle: '3RC' })).toBeNull();
    expect(classifierInputFor(indicator, [], { code: 'LAP', deadlineCycle: '3RC' })).toBeNull();
  });

  it('the input classifies as the hand-built one does (63 → 67 of 112: too slow)', () => {
    const input = classifierInputFor(indicator, [...OTHERS, ...LAP], { code: 'LAP', deadlineCycle: '3RC' });
    expect(input).toEqual(lapInput());
    expect(classifyIndicator(lapInput()).code).toBe('off_track');
  });
});

function lapInput(of: StatusIndicator = indicator): ClassifierInput {
  const input = classifierInputFor(of, LAP, { code: 'LAP', deadlineCycle: '3RC' });
  if (input === null) throw new Error('the LAP has cycles');
  return input;
}

describe('localizeStatus', () => {
  const status = classifyIndicator(lapInput());

  it('English comes back unchanged', () => {
    expect(localizeStatus(status, 'en')).toBe(status);
  });

  it('French: the reason and the projection in French, the unit translated', () => {
    const fr = localizeStatus(status, 'fr');
    expect(fr.reason).toBe(
      'Trop lent pour la 3RC\u00a0: de 63 à 67 sur 112 États parties (de 56\u00a0% à 60\u00a0%) entre la 11MSP et la 13MSP, dans le bon sens, mais à un rythme égal à 0.12 fois le rythme nécessaire (1.8 contre 14.6 points de pourcentage par cycle) pour atteindre 100\u00a0% à temps, en deçà du seuil de 0.50.',
    );
    expect(fr.projection?.text).toBe('À ce rythme, environ 69 sur 112 États parties d’ici à la 3RC (objectif\u00a0: 112).');
    expect(fr.reasonParams.unit).toBe('États parties');
    expect(fr.projection?.params.unit).toBe('États parties');
  });

  it('keeps the arithmetic, the code and the keys; only the texts change', () => {
    const es = localizeStatus(status, 'es');
    const { reason, reasonParams, projection, ...rest } = es;
    const { reason: _r, reasonParams: _p, projection: _pr, ...english } = status;
    expect(rest).toEqual(english);
    expect(reasonParams).toEqual({ ...status.reasonParams, unit: 'Estados Partes' });
    expect(projection?.value).toBe(status.projection?.value);
    expect(reason.startsWith('Demasiado lento para la 3RC:')).toBe(true);
  });

  it.each(LANGUAGES)('%s: the localised status still fits the schema and has no stray placeholder', (lang) => {
    const bounded = classifyIndicator({
      direction: 'increase',
      denominator: 10,
      unit: 'States',
      observations: [
        { cycle: '10MSP', value: 8 },
        { cycle: '12MSP', value: 6, cycleInferred: true },
        { cycle: '13MSP', value: 5, qualifier: 'at_most' },
      ],
      cycles: LAP.slice(0, 4),
      deadlineCycle: { code: '3RC', ordinal: 4 },
    });
    const localized = localizeStatus(bounded, lang);
    expect(IndicatorStatusSchema.parse(localized)).toEqual(localized);
    for (const text of [localized.reason, localized.projection?.text ?? '']) expect(text).not.toMatch(/[{}–]/);
    if (lang !== 'en') {
      expect(localized.reason).not.toContain('States');
      expect(localized.reason).not.toContain('inferred');
    }
  });

  it('an unknown unit stays as it is', () => {
    const s = classifyIndicator(lapInput({ ...indicator, unit: 'stockpiles' }));
    expect(localizeStatus(s, 'ar').reasonParams.unit).toBe('stockpiles');
  });
});
