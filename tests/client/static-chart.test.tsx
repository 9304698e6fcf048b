// An indicator's chart before the reader has used the page: static SVG with the chart's marks and no chart code; the
// first pointer move brings recharts, which draws the same chart in its place.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { IndicatorChartFigure } from '../../client/src/components/charts/indicator-chart-figure.tsx';
import { planCycles } from '../../client/src/lib/cycles.ts';
import { CYCLES, indicator, observation } from '../helpers/client-fixtures.ts';
import { renderClient } from '../helpers/client-render.tsx';

const INDICATOR = indicator({
  title: 'States Parties integrating risk education',
  observations: [
    observation({ cycle: '10MSP', value: 8, denominator: 10 }),
    observation({ cycle: '11MSP', value: 8, denominator: 10 }),
    observation({ cycle: '12MSP', value: 9, denominator: 10, qualifier: 'at_least' }),
  ],
});

const render = (width?: number) => renderClient(<IndicatorChartFigure indicator={INDICATOR} cycles={planCycles(CYCLES)} caption="Chart" width={width} />);

describe('the static drawing of an indicator chart', () => {
  it('before any pointer, key or touch: the chart as SVG at three sizes, named, with its points and bound, no recharts', () => {
    const { container } = render();
    const drawings = [...container.querySelectorAll('svg[data-testid="static-chart"]')];
    expect(drawings.map((svg) => svg.getAttribute('viewBox'))).toEqual(['0 0 340 220', '0 0 720 320', '0 0 1120 320']);
    for (const svg of drawings) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(INDICATOR.title);
      expect([...svg.querySelectorAll('[data-testid="point"]')].map((p) => p.getAttribute('data-cycle'))).toEqual(['10MSP', '11MSP']);
      expect(svg.querySelectorAll('[data-testid="bound-at-least"]').length).toBe(1);
      expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['10MSP', '13MSP', '3RC']));
    }
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });

  it('after the first pointer move: recharts draws the chart in the same box, and the static drawing is gone', async () => {
    // A fixed width: recharts measures its box, which this test's DOM has no layout for.
    const { container } = render(800);
    expect(container.querySelectorAll('svg[data-testid="static-chart"]').length).toBe(1);
    window.dispatchEvent(new Event('pointermove'));
    await waitFor(() => expect(container.querySelector('svg.recharts-surface')).not.toBeNull(), { timeout: 10_000 });
    expect(container.querySelector('svg[data-testid="static-chart"]')).toBeNull();
    expect(container.querySelectorAll('.indicator-chart [data-testid="point"]').length).toBe(2);
  });
});
