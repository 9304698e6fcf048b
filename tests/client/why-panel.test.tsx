import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WhyPanel } from '../../client/src/components/ui/status-why.tsx';
import { renderClient } from '../helpers/client-render.tsx';
import { status } from '../helpers/client-fixtures.ts';

describe('WhyPanel ("Why?")', () => {
  it('is closed until clicked, then shows the reason and the arithmetic', async () => {
    const user = userEvent.setup();
    const s = status();
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
    expect(inPanel.getByText('5: R below 0.5')).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(s.reason)).not.toBeVisible();
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
    expect(screen.getByText('5: R below 0.5')).toBeVisible();
  });

  it('says when there is no target or pace to compute', async () => {
    const user = userEvent.setup();
    const s = status({
      code: 'improving',
      reason: 'Improving: from 3 to 7 States Parties between 10MSP and 13MSP, a net improvement of 4.',
      inputs: { ...status().inputs, usesShares: false, denominator: null, target: null, p0: 3, pk: 7, n0: 3, nk: 7, rObs: 4 / 3, rReq: null, ratio: null, rule: '8: no target, net gain of at least one' },
    });
    renderClient(<WhyPanel status={s} unit="States Parties" />);
    await user.click(screen.getByRole('button', { name: 'Why?' }));
    expect(screen.getByText('No target: the number of States concerned is not known')).toBeVisible();
    expect(screen.getByText('3 in 10MSP')).toBeVisible();
    expect(screen.getByText('+1.33 States Parties a cycle')).toBeVisible();
  });
});
