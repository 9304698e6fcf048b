// The import of who is counted (CSV or an Excel workbook): one row per State a figure counts; check the file (a dry run listing each figure's
// States, derived count, current counts and problems), then apply every figure as a draft, or none.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CountedImportReport, CountedImportFigure, ImportOnConflict } from '@ccm/shared/schemas/workspace';
import { useImportCountedStates } from './api/import-counted-states.ts';
import { IMPORT_FILE_TYPES, readImportFile, type ImportFile } from './api/import-csv.ts';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';
import { WorkspaceTable } from '../components/workspace-table.tsx';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

const COLUMNS = 'indicator,cycle,state[,span_from][,value][,source][,reason]';

function Standing({ standing }: { standing: CountedImportFigure['published'] }) {
  const { t } = useTranslation('workspace');
  if (!standing) return <span className="ws-muted">{t('record.dash')}</span>;
  return <>{t('countedImport.standing', { value: standing.value ?? t('record.none'), named: standing.states?.length ?? 0 })}</>;
}

export function CountedImportSection() {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const mutation = useImportCountedStates();
  const [file, setFile] = useState<{ name: string; content: ImportFile } | null>(null);
  const [report, setReport] = useState<CountedImportReport | null>(null);
  const inputId = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    mutation.reset();
    setFile(chosen ? { name: chosen.name, content: await readImportFile(chosen) } : null);
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (file) mutation.mutate({ file: file.content, dryRun: true }, { onSuccess: setReport });
  };
  const apply = (onConflict: ImportOnConflict = 'refuse') => {
    if (file) mutation.mutate({ file: file.content, dryRun: false, onConflict }, { onSuccess: setReport });
  };
  const drafts = report?.figures.filter((f) => f.outcome === 'draft').length ?? 0;
  // Figures over someone else's draft: never replaced without the editor choosing.
  const conflicts = report?.figures.filter((f) => f.outcome === 'conflict').length ?? 0;
  const canApply = report !== null && !report.applied && report.problems.length === 0 && drafts + conflicts > 0;

  return (
    <section className="ws-panel" aria-labelledby="counted-import-title">
      <h2 id="counted-import-title">{t('countedImport.title')}</h2>
      <p>{t('countedImport.lead')}</p>
      <form className="ws-form" onSubmit={check} noValidate>
        <div className="ws-field">
          <label htmlFor={inputId}>{t('countedImport.file')}</label>
          <input id={inputId} type="file" accept={IMPORT_FILE_TYPES} onChange={(event) => void choose(event)} aria-describedby={`${inputId}-hint`} />
          <p id={`${inputId}-hint`} className="ws-field__hint">
            {t('countedImport.fileHint')} <code className="ws-code-wrap">{COLUMNS}</code>
          </p>
        </div>
        <div className="ws-actions">
          <button type="submit" className="button" disabled={!file || mutation.isPending}>
            {t('countedImport.check')}
          </button>
        </div>
      </form>
      <ProblemAlert error={mutation.error} title={t('countedImport.failed')} />
      {report ? (
        <div aria-live="polite">
          {report.applied ? (
            <SuccessNote>
              {t('countedImport.applied', { count: drafts })} <Link to={WORKSPACE_PATHS.review}>{t('import.reviewLink')}</Link>
            </SuccessNote>
          ) : null}
          {report.problems.length > 0 ? (
            <div className="ws-alert ws-alert--error" role="alert">
              <p>{t('countedImport.problemsAlert', { count: report.problems.length })}</p>
              <ul>
                {report.problems.map((p, index) => (
                  <li key={index}>
                    {p.rows.length > 0 ? <strong>{t('countedImport.rows', { rows: p.rows.join(', ') })} </strong> : null}
                    {p.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <WorkspaceTable
            caption={t('countedImport.caption', { count: report.figures.length })}
            rows={report.figures}
            rowKey={(f) => `${f.indicatorId}|${f.cycle}|${f.spanFrom ?? ''}`}
            columns={[
              { id: 'indicator', header: t('import.column.indicator'), primary: true, cell: (f) => <code>{f.indicatorId}</code> },
              { id: 'cycle', header: t('import.column.cycle'), cell: (f) => (f.spanFrom ? `${f.spanFrom}–${f.cycle}` : f.cycle) },
              {
                id: 'states',
                header: t('countedImport.column.states'),
                cell: (f) => (
                  <>
                    {f.states.join(', ')}
                    {f.added.length > 0 ? <span className="ws-cell-sub">{t('change.statesAdded', { count: f.added.length, states: f.added.join(', ') })}</span> : null}
                    {f.removed.length > 0 ? <span className="ws-cell-sub">{t('change.statesRemoved', { count: f.removed.length, states: f.removed.join(', ') })}</span> : null}
                  </>
                ),
              },
              {
                id: 'derived',
                header: t('countedImport.column.derived'),
                cell: (f) => (
                  <>
                    {f.derived}
                    {f.typed !== null && f.typed !== f.derived ? <span className="ws-cell-sub">{t('countedImport.typed', { typed: f.typed })}</span> : null}
                  </>
                ),
              },
              { id: 'published', header: t('countedImport.column.published'), cell: (f) => <Standing standing={f.published} /> },
              {
                id: 'draft',
                header: t('countedImport.column.draft'),
                cell: (f) => (
                  <>
                    <Standing standing={f.draft} />
                    {f.theirs ? <span className="ws-cell-sub">{t('countedImport.theirs', { author: f.theirs.author, date: format.moment(f.theirs.at) })}</span> : null}
                  </>
                ),
              },
              { id: 'outcome', header: t('countedImport.column.outcome'), cell: (f) => t(`countedImport.outcome.${f.outcome}`) },
            ]}
          />
          {!report.applied && conflicts === 0 ? (
            <div className="ws-actions">
              <button type="button" className="button" disabled={!canApply || mutation.isPending} onClick={() => apply()}>
                {t('countedImport.apply', { count: drafts })}
              </button>
            </div>
          ) : null}
          {!report.applied && conflicts > 0 ? (
            <div className="ws-actions" role="group" aria-labelledby="counted-import-conflict-choice">
              <p id="counted-import-conflict-choice" className="ws-actions__hint">
                {t('countedImport.conflictChoice', { count: conflicts })}
              </p>
              <button type="button" className="button" disabled={!canApply || mutation.isPending} onClick={() => apply('overwrite')}>
                {t('import.applyOverwrite', { count: conflicts })}
              </button>
              <button type="button" className="button button--secondary" disabled={!canApply || drafts === 0 || mutation.isPending} onClick={() => apply('skip')}>
                {t('import.applySkip', { count: conflicts })}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
