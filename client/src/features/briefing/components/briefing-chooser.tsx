// "Prepare your briefing": the Coordinator chooses which indicators go in (checkboxes), reorders them within their
// section (Move up / Move down, announced in a live region, focus kept on the button pressed), and writes a remark per
// indicator. The choice is kept in this browser only; the page, the printout and the downloads follow it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingIndicator } from '@ccm/shared/schemas/briefing';
import type { useBriefingChoice } from '../hooks/use-briefing-choice.ts';

type Choice = ReturnType<typeof useBriefingChoice>;

function Group({ title, items, choice, onMoved }: { title: string; items: BriefingIndicator[]; choice: Choice; onMoved: (message: string, focus: string) => void }) {
  const { t } = useTranslation('briefing');
  if (items.length === 0) return null;
  const byId = new Map(items.map((b) => [b.indicator.id, b]));
  const ordered = choice.choice.order.filter((id) => byId.has(id));
  const included = choice.chosen;
  return (
    <fieldset className="briefing-chooser__group">
      <legend>{title}</legend>
      <ol className="briefing-chooser__list">
        {ordered.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const title = item.indicator.title;
          const isIn = included.includes(id);
          const onlyOne = isIn && included.length === 1;
          const move = (by: -1 | 1) => {
            const moved = choice.move(id, by);
            if (!moved) return;
            const edge = (by === -1 && moved.position === 1) || (by === 1 && moved.position === moved.of);
            // At the top (or bottom) the button pressed is disabled: focus goes to its neighbour.
            const focus = `briefing-move-${by === -1 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down'}-${id}`;
            onMoved(t(by === -1 ? 'chooser.movedUp' : 'chooser.movedDown', { title, position: moved.position, of: moved.of }), focus);
          };
          return (
            <li key={id} className={`briefing-chooser__item ${isIn ? '' : 'briefing-chooser__item--out'}`} data-indicator={id}>
              <div className="briefing-chooser__row">
                <input
                  type="checkbox"
                  id={`briefing-include-${id}`}
                  checked={isIn}
                  disabled={onlyOne}
                  aria-describedby={onlyOne ? 'briefing-chooser-last' : undefined}
                  onChange={(e) => choice.setIncluded(id, e.currentTarget.checked)}
                />
                <label htmlFor={`briefing-include-${id}`}>
                  <span className="briefing-chooser__action">{t('indicator.action', { number: item.indicator.action })}</span> {title}
                </label>
                <span className="briefing-chooser__moves">
                  <button
                    type="button"
                    className="button button--secondary"
                    id={`briefing-move-up-${id}`}
                    aria-label={t('chooser.moveUp', { title })}
                    disabled={index === 0}
                    onClick={() => move(-1)}
                  >
                    <span aria-hidden="true">↑</span> {t('chooser.up')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    id={`briefing-move-down-${id}`}
                    aria-label={t('chooser.moveDown', { title })}
                    disabled={index === ordered.length - 1}
                    onClick={() => move(1)}
                  >
                    <span aria-hidden="true">↓</span> {t('chooser.down')}
                  </button>
                </span>
              </div>
              <label className="briefing-chooser__remark-label" htmlFor={`briefing-remark-${id}`}>
                {t('chooser.remark', { title })}
              </label>
              <textarea
                id={`briefing-remark-${id}`}
                className="briefing-chooser__remark"
                rows={2}
                maxLength={2000}
                value={choice.choice.remarks[id] ?? ''}
                onChange={(e) => choice.setRemark(id, e.currentTarget.value)}
              />
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

export function BriefingChooser({ flagged, others, choice }: { flagged: BriefingIndicator[]; others: BriefingIndicator[]; choice: Choice }) {
  const { t } = useTranslation('briefing');
  const [announcement, setAnnouncement] = useState('');
  // The button to focus once the moved item is in its new place (moving a node in the DOM may drop its focus).
  const pendingFocus = useRef<string | null>(null);
  const order = choice.choice.order.join(',');
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [order]);
  const onMoved = (message: string, focus: string) => {
    pendingFocus.current = focus;
    setAnnouncement(message);
  };
  return (
    <details className="briefing-chooser" open={choice.customised || undefined}>
      <summary className="briefing-chooser__summary">{t('chooser.title')}</summary>
      <p className="briefing-chooser__lead">{t('chooser.lead')}</p>
      <p className="briefing-chooser__note" id="briefing-chooser-remarks-note">
        {t('chooser.remarksNote')}
      </p>
      <p className="visually-hidden" id="briefing-chooser-last">
        {t('chooser.lastOne')}
      </p>
      <Group title={t('section.flagged')} items={flagged} choice={choice} onMoved={onMoved} />
      <Group title={t('section.others')} items={others} choice={choice} onMoved={onMoved} />
      <p className="briefing-chooser__status" role="status" aria-live="polite">
        {announcement}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={!choice.customised}
        onClick={() => {
          choice.reset();
          setAnnouncement(t('chooser.wasReset'));
        }}
      >
        {t('chooser.reset')}
      </button>
    </details>
  );
}
