// Import of figures from CSV or an Excel workbook (.xlsx) in the export's long format: check the file first (a dry run),
// then apply every row as a draft, or none.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportOnConflict, ImportReport } from '@ccm/shared/schemas/workspace';
import { API_PATHS } from '@ccm/shared/api-paths';
import { IMPORT_FILE_TYPES, readImportFile, useImportCsv, type ImportFile } from './api/import-csv.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { CountedImportSection } from './counted-import-section.tsx';
import { ImportReportView } from './import-report.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';

const COLUMNS = 'indicatorId,cycle,spanFrom,value,qualifier,denominator,reporting,document,paragraph,note,reason';
/** CSV (as browsers and Excel label it) or an Excel workbook; which one is read from the file's first bytes. */

export function ImportPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('import.title'));
  const importCsv = useImportCsv();
  const [file, setFile] = useState<{ name: string; content: ImportFile } | null>(null);
  const [readError, setReadError] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  /** What the applied import did with rows over someone else's draft. */
  const [appliedWith, setAppliedWith] = useState<ImportOnConflict>('refuse');
  const inputId = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    setReadError(false);
    importCsv.reset();
    if (!chosen) {
      setFile(null);
      return;
    }
    try {
      setFile({ name: chosen.name, content: await readImportFile(chosen) });
    } catch {
      setFile(null);
      setReadError(true);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    importCsv.mutate({ file: file.content, dryRun: true }, { onSuccess: setReport });
  };

  const apply = (onConflict: ImportOnConflict = 'refuse') => {
    if (!file) return;
    importCsv.mutate(
      { file: file.content, dryRun: false, onConflict },
      {
        onSuccess: (applied) => {
          setAppliedWith(onConflict);
          setReport(applied);
        },
      },
    );
  };

  const conflicts = report?.conflicts.length ?? 0;
  const canApply = report !== null && !report.applied && report.rejected.length === 0 && report.changes.length + conflicts > 0;

  return (
    <div className="ws-page">
      <PageHeader title={t('import.title')} lead={t('import.lead')} />
      <section className="ws-panel">
        <form className="ws-form" onSubmit={check} noValidate>
          <div className="ws-field">
            <label htmlFor={inputId}>{t('import.file')}</label>
            <input id={inputId} type="file" accept={IMPORT_FILE_TYPES} onChange={(event) => void choose(event)} aria-describedby={`${inputId}-hint`} />
            <p id={`${inputId}-hint`} className="ws-field__hint">
              {t('import.fileHint')} <code className="ws-code-wrap">{COLUMNS}</code>
            </p>
          </div>
          {readError ? (
            <div className="ws-alert ws-alert--error" role="alert">
              <p>{t('import.readError')}</p>
            </div>
          ) : null}
          <div className="ws-actions">
            <button type="submit" className="button" disabled={!file || importCsv.isPending}>
              {t('import.check')}
            </button>
            <a className="button button--secondary" href={API_PATHS.exportCsv()} download>
              {t('import.template')}
            </a>
            <a className="button button--secondary" href={API_PATHS.exportXlsx()} download>
              {t('import.templateXlsx')}
            </a>
          </div>
        </form>
      </section>

      <ProblemAlert error={importCsv.error} title={t('import.failed')} />

      {report ? (
        <section className="ws-panel" aria-labelledby="import-report-title">
          <h2 id="import-report-title">{report.applied ? t('import.appliedTitle', { name: file?.name ?? '' }) : t('import.reportTitle', { name: file?.name ?? '' })}</h2>
          {report.applied ? (
            <SuccessNote>
              {t('import.applied', { count: report.changes.length + (appliedWith === 'overwrite' ? conflicts : 0) })} <Link to={WORKSPACE_PATHS.review}>{t('import.reviewLink')}</Link>
            </SuccessNote>
          ) : null}
          <ImportReportView report={report} appliedWith={appliedWith} />
          {!report.applied && conflicts === 0 ? (
            <div className="ws-actions">
              <button type="button" className="button" disabled={!canApply || importCsv.isPending} onClick={() => apply()} aria-describedby="import-apply-hint">
                {t('import.apply', { count: report.changes.length })}
              </button>
              <p id="import-apply-hint" className="ws-muted ws-actions__hint">
                {report.rejected.length > 0 ? t('import.applyBlocked') : t('import.applyHint')}
              </p>
            </div>
          ) : null}
          {!report.applied && conflicts > 0 ? (
            // Rows over a colleague's draft: the import never replaces them without the editor choosing.
            <div className="ws-actions" role="group" aria-labelledby="import-conflict-choice">
              <p id="import-conflict-choice" className="ws-actions__hint">
                {report.rejected.length > 0 ? t('import.applyBlocked') : t('import.conflictChoice', { count: conflicts })}
              </p>
              <button type="button" className="button" disabled={!canApply || importCsv.isPending} onClick={() => apply('overwrite')}>
                {t('import.applyOverwrite', { count: conflicts })}
              </button>
              <button type="button" className="button button--secondary" disabled={!canApply || report.changes.length === 0 || importCsv.isPending} onClick={() => apply('skip')}>
                {t('import.applySkip', { count: conflicts })}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}

      <CountedImportSection />
    </div>
  );
}
