// A whole plan from one file (JSON or CSV): check it first (a dry run: what it would create, or every problem in it),
// then create the plan, all of it or nothing, from exactly the text that was checked.
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanImportReport, PlanProblem } from '@ccm/shared/schemas/plans';
import { planProblemsOf, useImportPlan } from '../api/plans.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { SelectField, TextAreaField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PlanImportReportView } from './plan-import-report.tsx';
import { PlanProblemsTable } from './plan-problems.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS, planPath } from '../components/workspace-paths.ts';

type PlanFormat = 'json' | 'csv';
const FORMATS = ['json', 'csv'] as const satisfies readonly PlanFormat[];

/** The format a file's name says (".json", ".csv"), if it says one. */
export function formatOfFileName(name: string): PlanFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === 'json' ? 'json' : extension === 'csv' ? 'csv' : null;
}

/** Without a telling file name: JSON opens with a brace or bracket, anything else is read as CSV. */
export function formatOfText(text: string): PlanFormat {
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

interface Checked {
  content: string;
  format: PlanFormat;
  report: PlanImportReport;
}

export function PlanImportPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('plans.import.title'));
  const check = useImportPlan();
  const apply = useImportPlan();
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [chosenFormat, setChosenFormat] = useState<PlanFormat | null>(null);
  const [readError, setReadError] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problems, setProblems] = useState<readonly PlanProblem[]>([]);
  const [created, setCreated] = useState<PlanImportReport | null>(null);
  const problemSummary = useRef<HTMLDivElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  const fromFileName = fileName ? formatOfFileName(fileName) : null;
  const detected = fromFileName ?? formatOfText(content);
  const format = chosenFormat ?? detected;
  const formatHint = chosenFormat
    ? t('plans.import.formatChosen')
    : fromFileName && fileName
      ? t('plans.import.formatFromFile', { name: fileName })
      : t('plans.import.formatFromText');

  const startOver = () => {
    setChecked(null);
    setProblems([]);
    setCreated(null);
    check.reset();
    apply.reset();
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    startOver();
    setReadError(false);
    setChosenFormat(null);
    if (!chosen) return;
    try {
      const text = await chosen.text();
      setFileName(chosen.name);
      setContent(text);
    } catch {
      setReadError(true);
    }
  };

  const refused = (error: unknown) => {
    const found = planProblemsOf(error);
    flushSync(() => setProblems(found));
    if (found.length > 0) problemSummary.current?.focus();
  };

  const submitCheck = (event: FormEvent) => {
    event.preventDefault();
    if (content.trim() === '') return;
    startOver();
    const sent = { content, format };
    check.mutate(
      { ...sent, dryRun: true },
      {
        onSuccess: (report) => {
          flushSync(() => setChecked({ ...sent, report }));
          reportHeading.current?.focus();
        },
        onError: refused,
      },
    );
  };

  const isCurrent = checked !== null && checked.content === content && checked.format === format;
  const canApply = isCurrent && created === null && !apply.isPending;

  const submitApply = () => {
    if (!checked || !isCurrent) return;
    apply.mutate(
      { content: checked.content, format: checked.format, dryRun: false },
      {
        onSuccess: (report) => setCreated(report),
        onError: (error) => {
          setChecked(null);
          refused(error);
        },
      },
    );
  };

  const applyHint = checked === null ? (problems.length > 0 ? 'plans.import.applyBlocked' : 'plans.import.applyFirst') : isCurrent ? 'plans.import.applyReady' : 'plans.import.applyStale';
  const sourceName = fileName ?? t('plans.import.pasted');
  const otherProblem = (error: unknown) => (error && planProblemsOf(error).length === 0 ? error : null);

  return (
    <div className="ws-page">
      <PageHeader title={t('plans.import.title')} lead={t('plans.import.lead')}>
        <Link to={WORKSPACE_PATHS.plans}>{t('plans.backToPlans')}</Link>
      </PageHeader>
      <section className="ws-panel">
        <form className="ws-form" onSubmit={submitCheck} noValidate>
          <div className="ws-field">
            <label htmlFor={`${id}-file`}>{t('plans.import.file')}</label>
            <input id={`${id}-file`} type="file" accept=".json,.csv,application/json,text/csv" onChange={(event) => void choose(event)} aria-describedby={`${id}-file-hint`} />
            <p id={`${id}-file-hint`} className="ws-field__hint">
              {t('plans.import.fileHint')}
            </p>
          </div>
          {readError ? (
            <div className="ws-alert ws-alert--error" role="alert">
              <p>{t('plans.import.readError')}</p>
            </div>
          ) : null}
          <TextAreaField
            id={`${id}-content`}
            className="plan-import__content"
            label={t('plans.import.content')}
            hint={t('plans.import.contentHint')}
            rows={10}
            dir="ltr"
            value={content}
            onChange={setContent}
          />
          <SelectField<PlanFormat>
            id={`${id}-format`}
            className="plan-import__format"
            label={t('plans.import.format')}
            hint={formatHint}
            value={format}
            onChange={setChosenFormat}
            options={FORMATS.map((value) => ({ value, label: t(`plans.import.formatOption.${value}`) }))}
          />
          <div className="ws-actions">
            <button type="submit" className="button" disabled={content.trim() === '' || check.isPending}>
              {t('plans.import.check')}
            </button>
          </div>
        </form>
      </section>

      <ProblemAlert error={otherProblem(check.error) ?? otherProblem(apply.error)} title={t('plans.import.failed')} />

      {problems.length > 0 ? (
        <section className="ws-panel" aria-labelledby={`${id}-problems-title`}>
          <div ref={problemSummary} className="ws-alert ws-alert--error" tabIndex={-1}>
            <p id={`${id}-problems-title`} className="ws-alert__title">
              {t('plans.import.refusedTitle', { name: sourceName })}
            </p>
            <p>{t('plans.import.refused', { count: problems.length })}</p>
          </div>
          <PlanProblemsTable problems={problems} />
        </section>
      ) : null}

      {checked ? (
        <section className="ws-panel" aria-labelledby={`${id}-report-title`}>
          <h2 id={`${id}-report-title`} ref={reportHeading} tabIndex={-1}>
            {created ? t('plans.import.createdTitle', { code: created.plan.code }) : t('plans.import.reportTitle', { name: sourceName })}
          </h2>
          {created ? (
            <SuccessNote focus>
              {t('plans.import.done', { code: created.plan.code })} <Link to={planPath(created.plan.code)}>{t('plans.create.open', { code: created.plan.code })}</Link>
            </SuccessNote>
          ) : null}
          <PlanImportReportView report={created ?? checked.report} />
        </section>
      ) : null}

      {created ? null : (
        <div className="ws-actions">
          <button type="button" className="button" disabled={!canApply} onClick={submitApply} aria-describedby={`${id}-apply-hint`}>
            {isCurrent ? t('plans.import.apply', { code: checked.report.plan.code }) : t('plans.import.applyUnchecked')}
          </button>
          <p id={`${id}-apply-hint`} className="ws-muted ws-actions__hint">
            {t(applyHint)}
          </p>
        </div>
      )}
    </div>
  );
}
