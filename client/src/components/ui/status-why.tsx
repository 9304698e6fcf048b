// "Why?": a disclosure that leads with where the indicator is heading ("At this pace, about 75 of 112 by the 3RC"), then
// the status reason (with the range of statuses the figures allow, and the cycles that were inferred), then the
// arithmetic behind it (baseline, latest, paces, ratio, and the step of the rule that decided).
import { useId, useState } from 'react';
import { countWithUnit } from '@ccm/shared/i18n/unit-counts';
import { useTranslation } from 'react-i18next';
import { STATUS_CODES } from '@ccm/shared/domain/vocabulary';
import type { IndicatorStatus, ReasonParams, StatusRule } from '@ccm/shared/schemas/status';
import { useFormatters, type Formatters } from '../../lib/format.ts';
import { useStatusLabel } from '../../lib/status-text.ts';

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

/** The rule's params as the reader's numbers: 0.26 → "0,26" in French; a missing one as a dash. */
function ruleParams(params: ReasonParams, format: Formatters, none: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value === null ? none : typeof value === 'number' ? format.number(value) : value]),
  );
}

/**
 * The catalogue entry of a rule key: "pace_below_stalled" → "paceBelowStalled". (Camel case, because i18next would read
 * a key ending in "_one", as "net_gain_below_one" does, as a plural form.)
 */
export const ruleCatalogueKey = (key: string) =>
  key
    .split('_')
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');

/** "6: R = 0.26, below 0.5", from the rule's key and params (a catalogue entry per key; an unknown key names only its step). */
export function useRuleText(): (rule: StatusRule) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (rule) => {
    const params = ruleParams(rule.params, format, t('why.none'));
    const text = t([`why.rules.${ruleCatalogueKey(rule.key)}`, 'why.rules.unknown'], params);
    return t('why.ruleStep', { step: format.integer(rule.step), text });
  };
}

/** "Possible: Stalled … On track": the statuses some series consistent with the figures would get, most severe first. */
export function StatusRange({ status }: { status: Pick<IndicatorStatus, 'possible' | 'inputs'> }) {
  const { t } = useTranslation();
  const label = useStatusLabel();
  const codes = [...new Set(status.possible)].sort((a, b) => STATUS_CODES.indexOf(a) - STATUS_CODES.indexOf(b));
  const first = codes[0];
  const last = codes.at(-1);
  if (codes.length < 2 || first === undefined || last === undefined) return null;
  const deadline = status.inputs.deadlineCycle;
  return (
    <p className="why__possible" data-field="possible" data-codes={codes.join(' ')}>
      {t('why.possible', { from: label(first, deadline), to: label(last, deadline) })}
      <span className="visually-hidden">
        {' '}
        {t('why.possibleAll', { list: codes.map((c) => label(c, deadline)).join(t('common.listSeparator')) })}
      </span>
    </p>
  );
}

/**
 * "Cycles inferred: 12MSP. …": the figures the document gives for an unnamed point of a period, placed by inference.
 * Said only when the reason does not say it already (the rule adds its own note when its params name the cycles).
 */
export function InferredCycles({ status }: { status: Pick<IndicatorStatus, 'inferredCycles' | 'reasonParams'> }) {
  const { t } = useTranslation();
  const cycles = status.inferredCycles;
  const named = status.reasonParams.inferredCycles;
  if (cycles.length === 0 || (named !== undefined && named !== null && named !== '')) return null;
  return (
    <p className="why__inferred" data-field="inferredCycles">
      {t('why.inferredCycles', { cycles: cycles.join(t('common.listSeparator')) })}
    </p>
  );
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
      : t('why.paceCount', { amount: countWithUnit(Math.abs(value), unit, format.locale, format.signed(value)) });
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
        {status.projection ? <p className="why__projection">{status.projection.text}</p> : null}
        <p className="why__reason">{status.reason}</p>
        <StatusRange status={status} />
        <InferredCycles status={status} />
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
            <dt>{t('why.ruleLabel')}</dt>
            <dd data-field="rule" data-rule={status.rule.key}>
              {ruleText(status.rule)}
            </dd>
          </div>
        </dl>
        <p className="why__note">{t('why.explainer')}</p>
      </div>
    </div>
  );
}
