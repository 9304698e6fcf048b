import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { IndicatorChart } from '../../client/src/components/charts/indicator-chart.tsx';
import { IndicatorChartFigure } from '../../client/src/components/charts/indicator-chart-figure.tsx';
import { buildIndicatorChartModel } from '../../client/src/lib/indicator-chart-model.ts';
import { planCycles } from '../../client/src/lib/cycles.ts';
import { renderClient } from '../helpers/client-render.tsx';
import { CYCLES, indicator, observation } from '../helpers/client-fixtures.ts';

const cycles = planCycles(CYCLES);

const qualified = indicator({
  observations: [
    observation({ cycle: '10MSP', value: 5 }),
    observation({ cycle: '11MSP', value: 6 }),
    observation({ cycle: '12MSP', value: 8, qualifier: 'at_least' }),
    observation({ cycle: '13MSP', value: 4, qualifier: 'at_most' }),
    observation({ cycle: '13MSP', spanFrom: '10MSP', value: 7, qualifier: 'average' }),
    observation({ cycle: '12MSP', spanFrom: '11MSP', value: 9, qualifier: 'exact' }),
  ],
});

function renderChart(fixture = qualified) {
  const model = buildIndicatorChartModel(fixture, cycles);
  return renderClient(<IndicatorChart model={model} title={fixture.title} unit={fixture.unit} width={640} height={320} />);
}

describe('IndicatorChart', () => {
  it('draws only exact single-cycle figures as points on the line', () => {
    const { container } = renderChart();
    const points = container.querySelectorAll('[data-testid="point"]');
    expect([...points].map((p) => p.getAttribute('data-cycle'))).toEqual(['10MSP', '11MSP']);
  });

  it('draws "at least" as an upward bound marker and "at most" as a downward one', () => {
    const { container } = renderChart();
    const atLeast = container.querySelectorAll('[data-testid="bound-at-least"]');
    const atMost = container.querySelectorAll('[data-testid="bound-at-most"]');
    expect(atLeast).toHaveLength(1);
    expect(atLeast[0]).toHaveAttribute('data-cycle', '12MSP');
    expect(atLeast[0]).toHaveAttribute('data-value', '8');
    expect(atMost).toHaveLength(1);
    expect(atMost[0]).toHaveAttribute('data-cycle', '13MSP');
    // The caret points up for "at least" (its tip above the bar) and down for "at most".
    const tipY = (el: Element) => Number(/L[\d.]+,([\d.]+)/.exec(el.querySelector('path')?.getAttribute('d') ?? '')?.[1]);
    const barY = (el: Element) => Number(el.querySelector('line')?.getAttribute('y1'));
    const least = atLeast[0];
    const most = atMost[0];
    if (!least || !most) throw new Error('markers missing');
    expect(tipY(least)).toBeLessThan(barY(least));
    expect(tipY(most)).toBeGreaterThan(barY(most));
    expect(least.querySelector('title')?.textContent).toBe('12MSP: at least 8 States Parties');
    expect(most.querySelector('title')?.textContent).toBe('13MSP: at most 4 States Parties');
  });

  it('draws an average as a band across its span and a span figure as a period bracket', () => {
    const { container } = renderChart();
    const band = container.querySelector('[data-testid="average-band"]');
    expect(band).toHaveAttribute('data-from', '10MSP');
    expect(band).toHaveAttribute('data-to', '13MSP');
    expect(band?.querySelector('rect')).not.toBeNull();
    expect(band?.querySelector('title')?.textContent).toBe('10MSP–13MSP: 7 States Parties on average');
    const bracket = container.querySelector('[data-testid="span-period"]');
    expect(bracket).toHaveAttribute('data-from', '11MSP');
    expect(bracket).toHaveAttribute('data-to', '12MSP');
    // Neither is a point on the line.
    expect(container.querySelectorAll('[data-testid="point"][data-cycle="13MSP"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-testid="point"][data-cycle="12MSP"]')).toHaveLength(0);
  });

  it('shows the deadline cycle on the axis and names the chart', () => {
    const { container } = renderChart();
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg?.querySelector('title')?.textContent).toBe(qualified.title);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '3RC']);
  });

  it('comes as a figure with a caption, a legend naming each kind of mark, and a table of the figures', () => {
    renderClient(<IndicatorChartFigure indicator={qualified} cycles={cycles} caption="Risk education chart" width={640} height={300} />);
    const figure = screen.getByRole('figure', { name: 'Risk education chart' });
    expect(figure).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('At least (a lower bound)');
    expect(legend).toHaveTextContent('At most (an upper bound)');
    expect(legend).toHaveTextContent('Average over a period');
    expect(legend).toHaveTextContent('One figure for a whole period');
    expect(screen.getByText('Show the figures')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Figures:/ })).toBeInTheDocument();
  });

  it('still draws its axes, population line and markers when no figure is an exact point', () => {
    const spanOnly = indicator({ observations: [observation({ cycle: '13MSP', spanFrom: '10MSP', value: 5, denominator: 10 })] });
    const { container } = renderChart(spanOnly);
    expect(container.querySelectorAll('[data-testid="point"]')).toHaveLength(0);
    expect(container.querySelector('[data-testid="span-period"]')).toHaveAttribute('data-value', '5');
    const yTicks = [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(yTicks.at(-1)).toBe('12');
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
  });
});
