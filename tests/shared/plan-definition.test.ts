// The plan definition file's checks, without a database: each problem on its own (section, row, field), all of them at
// once, and the CSV mapped onto the JSON shape with its lines and column names.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PLAN_CSV_COLUMNS,
  checkPlanDefinition,
  planDefinitionFromRows,
  previousPlanOf,
  type PlanDefinitionContext,
} from '../../shared/src/domain/plan-definition.ts';
import type { PlanProblem } from '../../shared/src/schemas/plans.ts';
import { readCsvRecords } from '../../server/src/lib/csv.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const seedIndicators = JSON.parse(read('seed-data/indicators.json')) as { id: string }[];
const seedActions = JSON.parse(read('seed-data/actions.json')) as { number: number }[];
const EXAMPLE = JSON.parse(read('docs/examples/next-plan.example.json')) as Record<string, unknown>;
const EXAMPLE_CSV = read('docs/examples/next-plan.example.csv');

/** The database as the bundle leaves it: the LAP, its indicators and actions, its cycles. */
const CONTEXT: PlanDefinitionContext = {
  planCodes: ['LAP'],
  indicatorPlans: new Map(seedIndicators.map((i) => [i.id, 'LAP'])),
  previousPlan: { code: 'LAP', indicatorIds: seedIndicators.map((i) => i.id), actionNumbers: seedActions.map((a) => a.number) },
  cycleCodes: new Set(['10msp', '11msp', '12msp', '13msp', '3rc']),
};

type Example = {
  plan: Record<string, unknown>;
  pillars: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  crosswalk: Record<string, unknown>[];
} & Record<string, unknown>;
const example = (): Example => structuredClone(EXAMPLE) as Example;
const at = (problems: PlanProblem[]) => problems.map((p) => [p.section, p.row, p.field]);
const csvOf = (text: string) => {
  const { records, lines, problems } = readCsvRecords(text);
  expect(problems).toEqual([]);
  return planDefinitionFromRows(records, (index) => lines[index] ?? 0);
};

describe('checkPlanDefinition', () => {
  it('accepts the example plan, and returns it parsed', () => {
    const result = checkPlanDefinition(EXAMPLE, CONTEXT);
    expect(result.problems).toEqual([]);
    expect(result.definition?.plan.code).toBe('NAP');
    expect(result.definition?.indicators).toHaveLength(4);
    expect(previousPlanOf(EXAMPLE)).toBe('LAP');
  });

  it.each<[string, (d: Example) => void, [PlanProblem['section'], number | null, string | null]]>([
    ['an unknown section', (d) => void (d.extra = []), [null, null, 'extra']],
    ['an unknown field of a pillar', (d) => void (d.pillars[1]!.colour = 'red'), ['pillars', 2, 'colour']],
    ['an unknown field of the deadline', (d) => void ((d.plan.deadline as Record<string, unknown>).date = '2031-11-01'), ['plan', null, 'deadline.date']],
    ['a bad slug', (d) => void (d.pillars[0]!.slug = 'Risk Education'), ['pillars', 1, 'slug']],
    ['a number as text', (d) => void (d.actions[2]!.number = '5'), ['actions', 3, 'number']],
    ['a missing title', (d) => void delete d.indicators[3]!.title, ['indicators', 4, 'title']],
    ['actionTo below actionFrom', (d) => void (d.pillars[1]!.actionTo = 4), ['pillars', 2, 'actionTo']],
    ['a deadline before the start', (d) => void (d.plan.endYear = 2026), ['plan', null, 'endYear']],
    ['no pillar at all (its actions’ pillars are not reported again)', (d) => void (d.pillars = []), ['pillars', null, null]],
    ['actionTo below actionFrom (its actions’ numbers are not reported again)', (d) => void (d.pillars[1]!.actionFrom = 9), ['pillars', 2, 'actionTo']],
    ['a duplicate pillar slug', (d) => void d.pillars.push({ ...d.pillars[0]! }), ['pillars', 3, 'slug']],
    ['a duplicate action number', (d) => void d.actions.push({ ...d.actions[0]! }), ['actions', 4, 'number']],
    ['an action whose pillar is not in the file', (d) => void (d.actions[2]!.pillar = 'universalization'), ['actions', 3, 'pillar']],
    ['an action number above its pillar’s range', (d) => void d.actions.push({ number: 6, pillar: 'risk-education', title: 'Six (fixture)' }), ['actions', 4, 'number']],
    ['an action number below its pillar’s range', (d) => void d.actions.push({ number: 4, pillar: 'victim-assistance', title: 'Four (fixture)' }), ['actions', 4, 'number']],
    ['a duplicate indicator id in the file', (d) => void d.indicators.push({ ...d.indicators[3]! }), ['indicators', 5, 'id']],
    ['an indicator id another plan holds', (d) => void d.indicators.push({ ...d.indicators[0]!, id: 'a27-re-integrated' }), ['indicators', 5, 'id']],
    ['an indicator whose action is not in the file', (d) => void (d.indicators[1]!.action = 3), ['indicators', 2, 'action']],
    ['a plan code that exists', (d) => void (d.plan.code = 'LAP'), ['plan', null, 'code']],
    ['a previous plan that does not exist', (d) => void (d.plan.previousPlan = 'XAP'), ['plan', null, 'previousPlan']],
    ['a deadline code that exists, in another case', (d) => void ((d.plan.deadline as Record<string, unknown>).code = '13msp'), ['plan', null, 'deadline.code']],
    ['a crosswalk without a previous plan', (d) => void (d.plan.previousPlan = null), ['plan', null, 'previousPlan']],
    ['a crosswalk from an unknown LAP indicator', (d) => void (d.crosswalk[0]!.from = 'a99-unknown'), ['crosswalk', 1, 'from']],
    ['a crosswalk from an indicator of this file', (d) => void (d.crosswalk[1]!.from = 'nap-a1-re-integrated'), ['crosswalk', 2, 'from']],
    ['a crosswalk to an indicator not in the file', (d) => void (d.crosswalk[2]!.to = 'a33-focal-points'), ['crosswalk', 3, 'to']],
    ['a crosswalk from an unknown LAP action', (d) => void d.crosswalk.push({ entity: 'action', from: '49', to: '1', relation: 'revised' }), ['crosswalk', 5, 'from']],
    ['a crosswalk to an action not in the file', (d) => void d.crosswalk.push({ entity: 'action', from: '27', to: '3', relation: 'revised' }), ['crosswalk', 5, 'to']],
    ['a duplicate crosswalk entry', (d) => void d.crosswalk.push({ ...d.crosswalk[0]!, relation: 'revised' }), ['crosswalk', 5, 'to']],
    ['a new entry with a from', (d) => void (d.crosswalk[3]!.from = 'a27-re-integrated'), ['crosswalk', 4, 'from']],
    ['a carried-over entry without a to', (d) => void (d.crosswalk[0]!.to = null), ['crosswalk', 1, 'to']],
  ])('%s: one problem, placed by section, row and field', (_name, change, where) => {
    const definition = example();
    change(definition);
    const result = checkPlanDefinition(definition, CONTEXT);
    expect(result.definition).toBeNull();
    expect(at(result.problems)).toEqual([where]);
    expect(result.problems[0]?.message).toMatch(/\w{3}/);
  });

  it('lists every problem at once', () => {
    const d = example();
    d.extra = true;
    d.plan.endYear = 2020;
    d.pillars[0]!.colour = 'red';
    d.actions.push({ ...d.actions[0]! }, { number: 9, pillar: 'universalization', title: 'In no pillar (fixture)' });
    d.indicators[1]!.action = 3;
    d.indicators.push({ ...d.indicators[2]!, id: 'a33-focal-points' });
    d.crosswalk[0]!.from = 'a99-unknown';
    expect(at(checkPlanDefinition(d, CONTEXT).problems)).toEqual([
      [null, null, 'extra'],
      ['plan', null, 'endYear'],
      ['pillars', 1, 'colour'],
      ['actions', 4, 'number'],
      ['actions', 5, 'pillar'],
      ['indicators', 2, 'action'],
      ['indicators', 5, 'id'],
      ['crosswalk', 1, 'from'],
    ]);
  });

  it('does not report references to rows whose keys the schema refused', () => {
    const d = example();
    d.pillars[0]!.slug = 'Risk Education';
    expect(at(checkPlanDefinition(d, CONTEXT).problems)).toEqual([['pillars', 1, 'slug']]);
  });

  it('uses the wording it is given for the schema’s issues', () => {
    const d = example();
    d.plan.startYear = 'soon';
    const result = checkPlanDefinition(d, CONTEXT, { describeIssue: (issue) => `${issue.path.join('.')} is wrong` });
    expect(result.problems).toEqual([{ section: 'plan', row: null, field: 'startYear', message: 'startYear is wrong' }]);
  });

  it.each([[null], ['text'], [[]], [42]])('refuses a file that is not an object (%j) as a whole', (file: unknown) => {
    const result = checkPlanDefinition(file, CONTEXT);
    expect(result.definition).toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
  });
});

describe('planDefinitionFromRows', () => {
  it('maps the example CSV onto the example JSON', () => {
    const { definition, problems, locate } = csvOf(EXAMPLE_CSV);
    expect(problems).toEqual([]);
    const fromCsv = checkPlanDefinition(definition, CONTEXT, { locate });
    const fromJson = checkPlanDefinition(EXAMPLE, CONTEXT);
    expect(fromCsv.problems).toEqual([]);
    // The same plan: the CSV leaves out what JSON writes as null.
    const { titles, adoptedAt: _a, ...header } = fromJson.definition!.plan;
    expect(fromCsv.definition?.plan).toEqual({ ...header, titles: { fr: titles?.fr } });
    expect(fromCsv.definition?.pillars).toEqual(fromJson.definition?.pillars);
    expect(fromCsv.definition?.actions).toEqual(fromJson.definition?.actions);
    const withoutNulls = (rows: object[] | undefined) => rows?.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));
    expect(withoutNulls(fromCsv.definition?.indicators)).toEqual(withoutNulls(fromJson.definition?.indicators));
    expect(withoutNulls(fromCsv.definition?.crosswalk)).toEqual(withoutNulls(fromJson.definition?.crosswalk));
  });

  it('documents every column it reads', () => {
    const doc = read('docs/plan-definition.md');
    for (const column of PLAN_CSV_COLUMNS) expect(doc, column).toContain(`\`${column}\``);
    expect(EXAMPLE_CSV.split(/\r?\n/)[0]?.split(',')).toEqual(PLAN_CSV_COLUMNS);
  });

  it.each<[string, string, [PlanProblem['section'], number | null, string | null][]]>([
    ['an unknown column', 'record,code,colour\nplan,NAP,red', [[null, 1, 'colour']]],
    ['an unknown record type', 'record,slug\nplan,\nthing,b', [[null, 3, 'record']]],
    ['an empty record type', 'record,slug\n,a\nplan,', [[null, 2, 'record']]],
    ['a cell in a column that does not apply', 'record,code,slug\nplan,NAP,\npillar,NAP,a', [['pillars', 3, 'code']]],
    ['a second plan row', 'record,code\nplan,NAP\nplan,NBP', [['plan', 3, 'record']]],
    ['no plan row', 'record,slug\npillar,a', [['plan', null, null]]],
  ])('%s is reported on its line', (_name, text, expected) => {
    const { records, lines } = readCsvRecords(text);
    expect(at(planDefinitionFromRows(records, (index) => lines[index] ?? 0).problems)).toEqual(expected);
  });

  it('reads numbers (with a decimal comma), leaves empty cells out, and reads an empty from or to as null', () => {
    const { definition } = csvOf(
      [
        'record;id;action;targetShare;populationSize;entity;from;to;relation',
        'indicator;nap-a1-x;1;0,5;;;;;',
        'crosswalk;;;;;indicator;;nap-a1-x;new',
        'indicator;nap-a1-y;one;;;;;;',
      ].join('\n'),
    );
    expect(definition.indicators).toEqual([
      { id: 'nap-a1-x', action: 1, targetShare: 0.5 },
      { id: 'nap-a1-y', action: 'one' },
    ]);
    expect(definition.crosswalk).toEqual([{ entity: 'indicator', from: null, to: 'nap-a1-x', relation: 'new' }]);
  });

  it('places the schema’s problems on the CSV’s lines and column names', () => {
    const text = EXAMPLE_CSV.replace('4RC,Fourth Review Conference', 'x,Fourth Review Conference').replace(',victim-assistance,Victim assistance (fixture),5,8,', ',victim-assistance,Victim assistance (fixture),five,8,');
    const { definition, locate, problems } = csvOf(text);
    expect(at(checkPlanDefinition(definition, CONTEXT, { locate, known: problems }).problems)).toEqual([
      ['plan', 2, 'deadlineCode'],
      ['pillars', 4, 'actionFrom'],
    ]);
  });
});

describe('readCsvRecords', () => {
  it('takes a semicolon delimiter and a BOM, and gives each record the line it starts on', () => {
    const { header, records, lines, problems } = readCsvRecords('\uFEFFrecord;title\r\n\r\npillar;"two\nlines; one cell"\r\naction;x,y\r\n;\r\n');
    expect(problems).toEqual([]);
    expect(header).toEqual(['record', 'title']);
    expect(records).toEqual([
      { record: 'pillar', title: 'two\nlines; one cell' },
      { record: 'action', title: 'x,y' },
    ]);
    expect(lines).toEqual([3, 5]);
  });

  it('reports bad quoting, duplicate columns and extra cells', () => {
    const unclosed = readCsvRecords('record,title\nplan,"open').problems;
    expect(unclosed).toHaveLength(1);
    expect(unclosed[0]?.message).toMatch(/not valid CSV/);
    expect(readCsvRecords('record,title,title\nplan,a,b').problems).toEqual([expect.objectContaining({ line: 1, column: 'title' })]);
    expect(readCsvRecords('record,title\nplan,a,b').problems).toEqual([expect.objectContaining({ line: 2, column: null })]);
    expect(readCsvRecords('record,title,\nplan,a,').problems).toEqual([]);
  });
});
