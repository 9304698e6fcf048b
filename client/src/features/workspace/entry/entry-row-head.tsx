// The head of one indicator's entry form: its title, action and unit with links to its history and public page, and its
// previous, published and draft figures.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';
import { RecordText } from '../components/change-cells.tsx';
import { WORKSPACE_PATHS, withSearch } from '../components/workspace-paths.ts';
import { indicatorPath } from '../../../lib/page-paths.ts';

export interface EntryRowHeadProps {
  row: Row;
  cycle: string;
  /** The unit of count, in the reader's language. */
  unit: string;
  /** The title's id, which names the form. */
  titleId: string;
}

export function EntryRowHead({ row, cycle, unit, titleId }: EntryRowHeadProps) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();

  return (
    <div className="ws-entry__head">
      <div>
        <h3 id={titleId} className="ws-entry__title">
          {row.title}
        </h3>
        <p className="ws-entry__meta">
          {t('entry.meta', { action: row.action, id: row.indicatorId, unit })}
          {' · '}
          <Link to={withSearch(WORKSPACE_PATHS.history, { indicator: row.indicatorId })}>{t('entry.historyLink')}</Link>
          {' · '}
          <Link to={indicatorPath(row.indicatorId)}>{t('entry.publicLink')}</Link>
        </p>
      </div>
      <dl className="ws-facts">
        <div>
          <dt>{row.previous ? t('entry.previous', { cycle: row.previous.cycle }) : t('entry.previousNone')}</dt>
          <dd>{row.previous ? (row.previous.value === null ? t('record.none') : format.number(row.previous.value)) : t('record.dash')}</dd>
        </div>
        <div>
          <dt>{t('entry.published', { cycle })}</dt>
          <dd>
            <RecordText record={row.published} />
          </dd>
        </div>
        <div>
          <dt>{t('entry.draft')}</dt>
          <dd>
            {row.draft ? (
              <>
                <span className="ws-chip ws-chip--draft">
                  <RecordText record={row.draft.after} />
                </span>
                <span className="ws-cell-sub">{t('entry.draftBy', { author: row.draft.author, when: format.moment(row.draft.createdAt) })}</span>
              </>
            ) : (
              t('entry.noDraft')
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
