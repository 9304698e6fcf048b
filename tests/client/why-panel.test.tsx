import { afterEach, describe, expect, it } from 'vitest';
import { act, getDefaultNormalizer, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WhyPanel, ruleCatalogueKey } from '../../client/src/components/ui/status-why.tsx';
import { StatusBadge } from '../../client/src/components/ui/status-badge.tsx';
import { setLanguage } from '../../client/src/i18n/index.ts';
import { renderClient } from '../helpers/client-render.tsx';
import { status } from '../helpers/client-fixtures.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

async function openPanel(s = status(), toggleName = 'Why?') {
  const user = userEvent.setup();
  renderClient(<WhyPanel status={s} unit="States Parties" />);
  const toggle = screen.getByRole('button', { name: toggleName });
  await user.click(toggle);
  const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('no panel');
  return { user, toggle, panel, inPanel: within(panel) };
}

describe('WhyPanel ("Why?")', () => {
  it('is closed until clicked, then shows the projection, the reason and the arithmetic', async () => {
    const s = status();
    const user = userEvent.setup();
    renderClient(<WhyPanel status={s} unit="States Parties" />);
    const toggle = screen.getByRole('button', { name: 'Why?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(s.reason)).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    const inPanel = within(panel as HTMLElement);
    expect(inPanel.getByText(s.reason)).toBeVisible();
    expect(inPanel.getByText('8 of 10 (80%) in 10MSP')).toBeVisible();
    expect(inPanel.getByText('9 of 10 (90%) in 13MSP')).toBeVisible();
    expect(inPanel.getByText('100% (10 of 10) by the 3RC')).toBeVisible();
    expect(inPanel.getByText('+3.3 percentage points a cycle')).toBeVisible();
    expect(inPanel.getByText('+5 percentage points a cycle')).toBeVisible();
    expect(inPanel.getByText('0.67')).toBeVisible();
    expect(inPanel.getByText('11MSP → 12MSP: 0 points')).toBeVisible();
    expect(inPanel.getByText('12MSP → 13MSP: +10 points')).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(s.reason)).not.toBeVisible();
  });

  it('leads with the projection sentence, then the reason, then the arithmetic', async () => {
    const s = status({
      code: 'off_track',
      projection: {
        deadlineCycle: '3RC',
        value: 75,
        of: 112,
        needed: 112,
        key: 'status.projection.share',
        params: { value: 75, of: 112, needed: 112, deadlineCycle: '3RC' },
        text: 'At this pace, about 75 of 112 by the 3RC (needed: 112).',
      },
      reason: 'Too slow for the 3RC: from 60 to 66 of 112 States Parties between 10MSP and 13MSP.',
    });
    const { panel } = await openPanel(s);
    const blocks = [...panel.children];
    expect(blocks[0]).toHaveTextContent(/^At this pace, about 75 of 112 by the 3RC \(needed: 112\)\.$/);
    expect(blocks[1]).toHaveTextContent(s.reason);
    // The arithmetic comes after both sentences.
    const figures = panel.querySelector('dl.why__figures');
    expect(figures).not.toBeNull();
    expect(blocks.indexOf(figures as Element)).toBeGreaterThan(1);
  });

  it('has no projection sentence when the status has none, and leads with the reason', async () => {
    const s = status({ projection: null });
    const { panel } = await openPanel(s);
    expect(panel.firstElementChild).toHaveTextContent(s.reason);
  });

  it('renders the rule from its key and params', async () => {
    const { inPanel } = await openPanel(status({ code: 'off_track', rule: { step: 6, key: 'pace_below_stalled', params: { ratio: 0.2617, stalledBelow: 0.5, onTrackFrom: 0.95 } } }));
    const rule = inPanel.getByText('6: R = 0.26, below 0.5');
    expect(rule).toBeVisible();
    expect(rule).toHaveAttribute('data-rule', 'pace_below_stalled');
  });

  it('names only the step of a rule whose key it does not know, never a raw key', async () => {
    const { inPanel } = await openPanel(status({ rule: { step: 6, key: 'a_step_not_yet_translated', params: {} } }));
    expect(inPanel.getByText('6: see the status rule')).toBeVisible();
  });

  it('says the range of possible statuses and which cycles were inferred', async () => {
    const s = status({
      code: 'insufficient_data',
      possible: ['on_track', 'stalled', 'needs_acceleration'],
      inferredCycles: ['12MSP'],
    });
    const { inPanel } = await openPanel(s);
    expect(inPanel.getByText(/^Possible: Stalled … On track/)).toBeVisible();
    expect(inPanel.getByText(/^Cycles inferred: 12MSP\./)).toBeVisible();
  });

  it('does not say the inferred cycles twice when the reason names them', async () => {
    const s = status({
      inferredCycles: ['12MSP'],
      reasonParams: { inferredCycles: '12MSP' },
      reason: 'Stalled: … The cycles of some figures were inferred (12MSP): the document gives them for the review period without naming the meeting.',
    });
    const { panel } = await openPanel(s);
    expect(panel.querySelector('[data-field="inferredCycles"]')).toBeNull();
    expect(within(panel).getByText(s.reason)).toBeVisible();
  });

  it('shows no range when the figures settle the status', async () => {
    const { panel } = await openPanel(status({ possible: ['stalled'] }));
    expect(panel.querySelector('[data-field="possible"]')).toBeNull();
    expect(panel.querySelector('[data-field="inferredCycles"]')).toBeNull();
  });

  it('opens from the keyboard with Enter', async () => {
    const user = userEvent.setup();
    const s = status();
    renderClient(<WhyPanel status={s} unit="States Parties" />);
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Why?' });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(s.reason)).toBeVisible();
    expect(screen.getByText('5: no gain of one State in either of the last two steps between back-to-back cycles (0, then 1)')).toBeVisible();
  });

  it('says when there is no target or pace to compute', async () => {
    const s = status({
      code: 'improving',
      reason: 'Improving: from 3 to 7 States Parties between 10MSP and 13MSP, a net improvement of 4.',
      projection: null,
      rule: { step: 7, key: 'no_target_gain', params: { netGain: 4, threshold: 1 } },
      inputs: { ...status().inputs, usesShares: false, denominator: null, target: null, p0: 3, pk: 7, n0: 3, nk: 7, rObs: 4 / 3, rReq: null, ratio: null },
    });
    const { inPanel } = await openPanel(s);
    expect(inPanel.getByText('No target: the number of States concerned is not known')).toBeVisible();
    expect(inPanel.getByText('3 in 10MSP')).toBeVisible();
    expect(inPanel.getByText('+1.33 States Parties a cycle')).toBeVisible();
    expect(inPanel.getByText('7: no target, and a net gain of at least one State (4)')).toBeVisible();
  });
});

describe('in French and Arabic', () => {
  afterEach(async () => {
    await act(() => setLanguage('en'));
  });

  it('the rule reads in French numbers, with a no-break space before the colon', async () => {
    await act(() => setLanguage('fr'));
    const { inPanel } = await openPanel(status({ rule: { step: 6, key: 'pace_below_stalled', params: { ratio: 0.2617, stalledBelow: 0.5, onTrackFrom: 0.95 } } }), 'Pourquoi\u00a0?');
    const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(inPanel.getByText('6\u00a0: R = 0,26, inférieur à 0,5', exact)).toBeVisible();
  });

  it('off_track names the deadline in every language', async () => {
    for (const [lang, text] of [
      ['fr', 'Trop lent pour la 3RC'],
      ['es', 'Demasiado lento para la 3RC'],
      ['ar', 'أبطأ من اللازم لبلوغ 3RC'],
    ] as const) {
      await act(() => setLanguage(lang));
      const { unmount } = renderClient(<StatusBadge code="off_track" deadline="3RC" />);
      expect(screen.getByText(text)).toBeVisible();
      unmount();
    }
  });
});

describe('the rule is data, not text', () => {
  it('every rule key the classifier can give has a text in all four catalogues', async () => {
    const source = readFileSync(join(REPO_ROOT, 'shared/src/domain/classify-evaluate.ts'), 'utf8');
    const union = /type RuleKey =([^;]+);/.exec(source)?.[1] ?? '';
    const keys = [...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(10);
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const catalogue = JSON.parse(readFileSync(join(REPO_ROOT, `client/src/i18n/locales/${lang}.json`), 'utf8')) as { why: { rules: Record<string, string> } };
      const missing = keys.filter((key) => !catalogue.why.rules[ruleCatalogueKey(key)]);
      expect(missing, lang).toEqual([]);
    }
  });

  it('no client code reads the rule or the reason with a regular expression', () => {
    const dir = join(REPO_ROOT, 'client/src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const offenders = files.filter((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return /ruleText\s*\(\s*inputs|inputs\.rule|\.rule\s*\)\s*\.(match|replace)|reason\s*\)?\s*\.(match|replace)\(|(RegExp|\/\S*\/[a-z]*)\.(exec|test)\(\s*(status\.)?(reason|rule)/.test(text);
    });
    expect(offenders).toEqual([]);
    expect(files).not.toContain(join('lib', 'rule-text.ts'));
  });
});
