// "Why?": a disclosure with the status reason sentence and the arithmetic behind it (baseline, latest, paces, ratio, rule).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '@ccm/shared/schemas/status';
import { useFormatters, type Formatters } from '../../lib/format.ts';
import { useRuleText } from '../../lib/rule-text.ts';
import { EnglishText } from './localized-text.tsx';

function pointText(
  t: (key: string, options?: Record<string, unknown>) => string,
  format: Formatters,
  cycle: string | null,
  count: number | null,
  share: number | null,
  population: number | null,
  usesShares: boolean,
): string {
  if (cycle === null || count === null) return t('why.none');
  if (usesShares && share !== null && population !== null) {
    return t('why.pointShare', { cycle, n: format.number(count), N: format.number(population), pct: format.percent(share) });
  }
  return t('why.pointCount', { cycle, n: format.number(count) });
}

export function WhyPanel({ status, unit }: { status: IndicatorStatus; unit: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ruleText = useRuleText();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const inputs = status.inputs;
  const shares = inputs.usesShares;
  // The baseline's own population, recovered from its count and share (the population may have changed since).
  const baselinePopulation =
    shares && inputs.n0 !== null && inputs.p0 !== null && inputs.p0 > 0 ? Math.round(inputs.n0 / inputs.p0) : inputs.denominator;
  const pace = (value: number | null) => {
    if (value === null) return t('why.none');
    return shares
      ? t('why.pacePoints', { value: format.signed(Math.round(value * 1000) / 10) })
      : t('why.paceCount', { value: format.signed(value), unit });
  };
  const step = (change: number) =>
    shares ? t('why.stepPoints', { value: format.signed(Math.round(change * 1000) / 10) }) : format.signed(change);

  return (
    <div className="why">
      <button
        type="button"
        className="why__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="why__chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('why.toggle')}
      </button>
      <div id={panelId} className="why__panel" hidden={!open}>
        <p className="why__reason">{status.reason}</p>
        <dl className="why__figures">
          <div>
            <dt>{t('why.baseline')}</dt>
            <dd data-field="baseline">
              {pointText(t, format, inputs.baselineCycle, inputs.n0, inputs.p0, baselinePopulation, shares)}
            </dd>
          </div>
          <div>
            <dt>{t('why.latest')}</dt>
            <dd data-field="latest">
              {pointText(t, format, inputs.latestCycle, inputs.nk, inputs.pk, inputs.denominator, shares)}
            </dd>
          </div>
          <div>
            <dt>{t('why.target')}</dt>
            <dd data-field="target">
              {inputs.target !== null && inputs.denominator !== null
                ? t('why.targetValue', {
                    pct: format.percent(inputs.target),
                    n: format.number(Math.round(inputs.target * inputs.denominator * 100) / 100),
                    N: format.number(inputs.denominator),
                    deadline: inputs.deadlineCycle,
                  })
                : t('why.noTarget')}
            </dd>
          </div>
          <div>
            <dt>{t('why.rObs')}</dt>
            <dd data-field="rObs">{pace(inputs.rObs)}</dd>
          </div>
          <div>
            <dt>{t('why.rReq')}</dt>
            <dd data-field="rReq">{pace(inputs.rReq)}</dd>
          </div>
          <div>
            <dt>{t('why.ratio')}</dt>
            <dd data-field="ratio">
              {inputs.ratio !== null ? format.fixed(inputs.ratio, 2) : t('why.none')}
            </dd>
          </div>
          <div>
            <dt>{t('why.recentSteps')}</dt>
            <dd data-field="recentSteps">
              {inputs.recentSteps.length === 0 ? (
                t('why.none')
              ) : (
                <ul className="why__steps">
                  {inputs.recentSteps.map((s) => (
                    <li key={`${s.from}-${s.to}`}>{t('why.step', { from: s.from, to: s.to, change: step(s.change) })}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('why.usablePoints')}</dt>
            <dd data-field="usablePoints">{format.number(inputs.usablePoints)}</dd>
          </div>
          <div>
            <dt>{t('why.rule')}</dt>
            <dd data-field="rule">{inputs.rule === '' ? t('why.none') : (ruleText(inputs.rule) ?? <EnglishText>{inputs.rule}</EnglishText>)}</dd>
          </div>
        </dl>
        <p className="why__note">{t('why.explainer')}</p>
      </div>
    </div>
  );
}
