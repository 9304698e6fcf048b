// A save refused because a colleague changed the figure after the editor started: their value and author, yours, and
// the choice between them (keep mine: save again over theirs; keep theirs: drop mine). Nothing is lost either way:
// the one not kept stays in the history.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftConflict } from '@ccm/shared/schemas/workspace';
import { useMe } from '../api/get-me.ts';
import { useWorkspaceFormat } from '../hooks/use-workspace-format.ts';

type ConflictValue = DraftConflict['yours'];

/** "9 of 10", "at least 7", "no figure": a value of a conflict as the workspace writes figures. */
export function useConflictValueText() {
  const format = useWorkspaceFormat();
  return (v: ConflictValue) => format.record(v.value === null ? null : { ...v, reporting: 'reported', source: '', paragraph: null, note: null, cycleInferred: false, underReview: null });
}

export interface DraftConflictNoticeProps {
  conflict: DraftConflict;
  /** Save yours over theirs (the caller re-sends with basedOn = conflict.theirs.changeId). */
  onKeepMine: () => void;
  /** Keep theirs: drop your value. */
  onKeepTheirs: () => void;
  /** A choice is being saved: both buttons wait. */
  busy?: boolean;
}

export function DraftConflictNotice({ conflict, onKeepMine, onKeepTheirs, busy = false }: DraftConflictNoticeProps) {
  const { t } = useTranslation('workspace');
  const format = useWorkspaceFormat();
  const valueText = useConflictValueText();
  const me = useMe().data;
  const titleId = useId();
  const { theirs } = conflict;
  const cycle = conflict.spanFrom ? t('common.span', { from: conflict.spanFrom, to: conflict.cycle }) : conflict.cycle;
  const mine = valueText(conflict.yours);
  const their = valueText(theirs);
  return (
    <div className="ws-alert ws-alert--warning ws-draft-conflict" role="alert" aria-labelledby={titleId} data-draft-conflict={`${conflict.indicatorId}|${conflict.cycle}`}>
      <p className="ws-alert__title" id={titleId}>
        {t(theirs.state === 'draft' ? 'draftConflict.titleDraft' : 'draftConflict.titlePublished', { author: theirs.author, title: conflict.title, cycle })}
      </p>
      <dl className="ws-draft-conflict__values">
        <div>
          <dt>{t(theirs.state === 'draft' ? 'draftConflict.theirsDraft' : 'draftConflict.theirsPublished', { author: theirs.author, date: format.moment(theirs.at) })}</dt>
          <dd>
            <strong>{their}</strong>
          </dd>
        </div>
        <div>
          <dt>{me ? t('draftConflict.yoursBy', { author: me.email }) : t('draftConflict.yours')}</dt>
          <dd>
            <strong>{mine}</strong>
          </dd>
        </div>
      </dl>
      <div className="ws-actions">
        <button type="button" className="button" onClick={onKeepMine} disabled={busy}>
          {t('draftConflict.keepMine', { value: mine })}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeepTheirs} disabled={busy}>
          {t('draftConflict.keepTheirs', { value: their, author: theirs.author })}
        </button>
      </div>
    </div>
  );
}
