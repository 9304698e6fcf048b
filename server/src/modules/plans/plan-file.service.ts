// The plan file: a whole plan (pillars, actions, indicators, crosswalk) checked from one JSON or CSV file, listed as a dry
// run or created in one transaction.
import { checkPlanDefinition, planDefinitionFromRows, previousPlanOf, type PlanDefinitionContext, type PlanFileLocator } from '@ccm/shared/domain/plan-definition';
import type { PlanDefinition, PlanImportReport, PlanProblem } from '@ccm/shared/schemas/plans';
import type { User } from '@ccm/shared/schemas/workspace';
import type { Db } from '../../db/client.ts';
import { bumpDataVersion } from '../../db/data-version.ts';
import { readCsvRecords } from '../../lib/csv.ts';
import { describeIssue } from '../../lib/validation-messages.ts';
import * as repo from './plans.repository.ts';
import { insertIndicatorRow, insertPlanRows, PlanProblemsError, where } from './plans.service.ts';

interface PlanFile {
  raw: unknown;
  locate?: PlanFileLocator;
  problems: PlanProblem[];
}

/** The file as a definition to check: JSON as it is, CSV mapped row by row (with its lines and columns for problems). */
function readPlanFile(format: 'json' | 'csv', content: string): PlanFile {
  if (format === 'json') {
    try {
      return { raw: JSON.parse(content.replace(/^\uFEFF/, '')) as unknown, problems: [] };
    } catch (error) {
      return { raw: undefined, problems: [{ section: null, row: null, field: null, message: `The file is not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}.` }] };
    }
  }
  const csv = readCsvRecords(content);
  const shape: PlanProblem[] = csv.problems.map((p) => ({ section: null, row: p.line, field: p.column, message: p.message }));
  if (csv.header.length === 0) return { raw: undefined, problems: shape.length ? shape : [{ section: null, row: null, field: null, message: 'The file is empty.' }] };
  const mapped = planDefinitionFromRows(csv.records, (index) => csv.lines[index] ?? 0);
  return { raw: mapped.definition, locate: mapped.locate, problems: [...shape, ...mapped.problems] };
}

function planContext(tx: Db, previousCode: string | null): PlanDefinitionContext {
  const plans = repo.allPlans(tx);
  const indicatorPlans = repo.indicatorPlans(tx);
  const previous = previousCode === null ? undefined : plans.find((p) => p.code.toLowerCase() === previousCode.toLowerCase());
  return {
    planCodes: plans.map((p) => p.code),
    indicatorPlans,
    previousPlan: previous
      ? {
          code: previous.code,
          indicatorIds: [...indicatorPlans].filter(([, plan]) => plan === previous.code).map(([id]) => id),
          actionNumbers: repo.actionsOf(tx, previous.code).map((a) => a.action.number),
        }
      : null,
    cycleCodes: new Set(repo.allCycleCodes(tx).map((c) => c.toLowerCase())),
  };
}

function refuse(problems: PlanProblem[]): never {
  const first = problems[0];
  throw new PlanProblemsError(
    `Nothing was created: the plan file has ${problems.length} problem${problems.length === 1 ? '' : 's'}${first ? `; the first is ${where(first)}` : ''}`,
    problems,
    'content',
  );
}

function checkedDefinition(tx: Db, file: PlanFile): PlanDefinition {
  if (file.raw === undefined) refuse(file.problems);
  const result = checkPlanDefinition(file.raw, planContext(tx, previousPlanOf(file.raw)), {
    ...(file.locate ? { locate: file.locate } : {}),
    describeIssue: (issue) => describeIssue(issue, 'file').message,
    known: file.problems,
  });
  if (result.definition === null) refuse(result.problems);
  return result.definition;
}

function reportOf(definition: PlanDefinition, dryRun: boolean): PlanImportReport {
  const { plan } = definition;
  return {
    dryRun,
    plan: { code: plan.code, title: plan.title, startYear: plan.startYear, endYear: plan.endYear },
    creates: {
      pillars: definition.pillars.map((p) => ({ slug: p.slug, name: p.name })),
      actions: definition.actions.map((a) => ({ number: a.number, pillar: a.pillar, title: a.title })),
      indicators: definition.indicators.map((i) => ({ id: i.id, action: i.action, title: i.title })),
      crosswalk: definition.crosswalk.map((c) => ({ entity: c.entity, from: c.from, to: c.to, relation: c.relation })),
      cycles: [{ code: plan.deadline.code, year: plan.endYear, isDeadline: true }],
    },
  };
}

/**
 * Checks a plan file and lists what it would create (dry run), or creates all of it in one transaction (apply): the
 * plan (unpublished), its deadline cycle, pillars, actions, indicators and crosswalk. Any problem: 422, nothing written.
 */
export function importPlan(db: Db, user: User, input: { format: 'json' | 'csv'; content: string }, dryRun: boolean, now = new Date()): PlanImportReport {
  const file = readPlanFile(input.format, input.content);
  if (dryRun) return reportOf(checkedDefinition(db, file), true);
  return db.transaction((tx) => {
    const definition = checkedDefinition(tx, file);
    const { plan } = definition;
    const previousPlan = plan.previousPlan ? (repo.findPlan(tx, plan.previousPlan)?.code ?? null) : null;
    insertPlanRows(tx, plan, previousPlan);
    const pillarIds = new Map<string, number>();
    definition.pillars.forEach((p, index) => {
      const row = repo.insertPillar(tx, { actionPlan: plan.code, slug: p.slug, name: p.name, actionFrom: p.actionFrom, actionTo: p.actionTo, sortOrder: index, paragraphs: [] });
      pillarIds.set(p.slug, row.id);
    });
    const actionIds = new Map<number, number>();
    for (const a of definition.actions) {
      const pillarId = pillarIds.get(a.pillar);
      if (pillarId === undefined) throw new Error('checked action without its pillar');
      const row = repo.insertAction(tx, { actionPlan: plan.code, number: a.number, pillarId, title: a.title, summary: a.summary ?? '', paragraphs: [] });
      actionIds.set(a.number, row.id);
    }
    definition.indicators.forEach((i, index) => {
      const actionId = actionIds.get(i.action);
      if (actionId === undefined) throw new Error('checked indicator without its action');
      insertIndicatorRow(tx, actionId, i, index);
    });
    for (const c of definition.crosswalk) {
      repo.insertCrosswalk(tx, {
        entity: c.entity,
        fromPlan: previousPlan,
        fromKey: c.from,
        toPlan: plan.code,
        toKey: c.to,
        relation: c.relation,
        note: c.note ?? null,
        authorId: user.id,
        createdAt: now.toISOString(),
      });
    }
    bumpDataVersion(tx, now);
    return reportOf(definition, false);
  });
}
