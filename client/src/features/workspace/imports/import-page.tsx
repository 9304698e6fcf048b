// CSV import in the export's long format: check the file first (a dry run), then apply every row as a draft, or none.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '@ccm/shared/schemas/workspace';
import { useImportCsv } from './api/import-csv.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { CountedImportSection } from './counted-import-section.tsx';
import { ImportReportView } from './import-report.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { WORKSPACE_PATHS } from '../components/workspace-paths.ts';

const COLUMNS = 'indicatorId,cycle,spanFrom,value,qualifier,denominator,reporting,document,paragraph,note,reason';

export function ImportPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('import.title'));
  const importCsv = useImportCsv();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
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
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setFile(null);
      setReadError(true);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    importCsv.mutate({ csv: file.text, dryRun: true }, { onSuccess: setReport });
  };

  const apply = () => {
    if (!file) return;
    importCsv.mutate({ csv: file.text, dryRun: false }, { onSuccess: setReport });
  };

  const canApply = report !== null && !report.applied && report.rejected.length === 0 && report.changes.length > 0;

  return (
    <div className="ws-page">
      <PageHeader title={t('import.title')} lead={t('import.lead')} />
      <section className="ws-panel">
        <form className="ws-form" onSubmit={check} noValidate>
          <div className="ws-field">
            <label htmlFor={inputId}>{t('import.file')}</label>
            <input id={inputId} type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} aria-describedby={`${inputId}-hint`} />
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
            <a className="button button--secondary" href="/api/v1/export.csv" download>
              {t('import.template')}
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
              {t('import.applied', { count: report.changes.length })} <Link to={WORKSPACE_PATHS.review}>{t('import.reviewLink')}</Link>
            </SuccessNote>
          ) : null}
          <ImportReportView report={report} />
          {!report.applied ? (
            <div className="ws-actions">
              <button type="button" className="button" disabled={!canApply || importCsv.isPending} onClick={apply} aria-describedby="import-apply-hint">
                {t('import.apply', { count: report.changes.length })}
              </button>
              <p id="import-apply-hint" className="ws-muted ws-actions__hint">
                {report.rejected.length > 0 ? t('import.applyBlocked') : t('import.applyHint')}
              </p>
            </div>
          ) : null}
        </section>
      ) : null}

      <CountedImportSection />
    </div>
  );
}
