// The header's plan switcher: the plan being read, and (with two plans or more) a disclosure list of the published
// plans, each a link to the same kind of page in that plan where it has one (its overview, results, changes), else to
// its overview. Links, not a <select>: choosing one is a navigation, which a select must not start by itself.
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { planSegment } from '@ccm/shared/api-paths';
import type { ActionPlan } from '@ccm/shared/schemas/api';
import { Link } from '../i18n/link.tsx';
import { useActionPlans } from '../lib/api/get-action-plans.ts';
import { planPath } from '../lib/page-paths.ts';
import { usePlanName } from '../lib/plan-name.ts';
import { usePlan } from '../lib/use-plan.ts';
import './plan-switcher.css';

/** The pages every plan has, by their last segment: switching plans keeps the reader on the same one. */
const SAME_IN_EVERY_PLAN = ['results', 'changes'] as const;

/** Where choosing `code` leads from `pathname`: the same page of that plan where every plan has it, else its overview. */
export function planSwitchPath(pathname: string, code: string): string {
  const page = /^\/plans\/[^/]+\/([^/]+)\/?$/.exec(pathname)?.[1];
  return page && (SAME_IN_EVERY_PLAN as readonly string[]).includes(page) ? `${planPath(code)}/${page}` : planPath(code);
}

export function PlanSwitcher() {
  const { t } = useTranslation();
  const { name, period } = usePlanName();
  const plans = useActionPlans();
  const reading = usePlan();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);

  const published: ActionPlan[] = (plans.data ?? []).filter((p) => p.publishedAt !== null);
  const shown = published.find((p) => planSegment(p.code) === reading);
  if (!shown) return null;

  if (published.length < 2) {
    return (
      <p className="plan-switch plan-switch--single">
        <span className="plan-switch__label">{t('plans.switcher.label')}</span>{' '}
        <span className="plan-switch__name">{name(shown)}</span> <span className="plan-switch__period">{period(shown)}</span>
      </p>
    );
  }

  const close = ({ focus }: { focus: boolean }) => {
    setOpen(false);
    if (focus) toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close({ focus: true });
    }
  };
  // Closes once focus leaves the switcher (Tab past the last plan, a click elsewhere).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className="plan-switch" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="plan-switch__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="plan-switch__label">{t('plans.switcher.label')}</span>{' '}
        <span className="plan-switch__code">{shown.code}</span> <span className="plan-switch__period">{period(shown)}</span>
        <svg className="plan-switch__chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <ul id={listId} className="plan-switch__list" hidden={!open} aria-label={t('plans.switcher.listLabel')}>
        {published.map((plan) => {
          const here = planSegment(plan.code) === reading;
          return (
            <li key={plan.code}>
              <Link
                to={planSwitchPath(pathname, plan.code)}
                className="plan-switch__link"
                aria-current={here ? 'true' : undefined}
                onClick={() => close({ focus: false })}
              >
                <span className="plan-switch__name">{name(plan)}</span>{' '}
                <span className="plan-switch__period">{period(plan)}</span>
                {plan.current ? (
                  <>
                    {' '}
                    <span className="plan-switch__badge">{t('plans.switcher.current')}</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
