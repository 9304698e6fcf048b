import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
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

  it('draws a point whose cycle was inferred as a hollow diamond, and rings a figure under review', () => {
    const marked = indicator({
      observations: [
        observation({ cycle: '10MSP', value: 5 }),
        observation({ cycle: '11MSP', value: 6, cycleInferred: true, note: 'Given for the review period; placed in 11MSP.' }),
        observation({ cycle: '12MSP', value: 7, underReview: { note: 'UPDATE THE STATS', paragraph: 140 } }),
        observation({ cycle: '13MSP', value: 8, qualifier: 'at_least', underReview: { note: 'ISU IS COLLATING FURTHER INFO', paragraph: null } }),
      ],
    });
    const { container } = renderChart(marked);
    const inferred = container.querySelector('[data-testid="point"][data-cycle="11MSP"]');
    expect(inferred?.tagName.toLowerCase()).toBe('path');
    expect(inferred).toHaveAttribute('data-inferred', 'true');
    expect(inferred).toHaveAttribute('fill', '#ffffff');
    expect(inferred?.querySelector('title')?.textContent).toBe('11MSP: 6 States Parties · Cycle inferred: Given for the review period; placed in 11MSP.');
    // A plain exact point stays a filled circle.
    const plain = container.querySelector('[data-testid="point"][data-cycle="10MSP"]');
    expect(plain?.tagName.toLowerCase()).toBe('circle');
    expect(plain).not.toHaveAttribute('data-inferred');

    const review = container.querySelector('[data-testid="point"][data-cycle="12MSP"]');
    expect(review).toHaveAttribute('data-under-review', 'true');
    expect(review?.querySelector('title')?.textContent).toBe('12MSP: 7 States Parties · Under review by the ISU: UPDATE THE STATS (¶ 140)');
    const bound = container.querySelector('[data-testid="bound-at-least"]');
    expect(bound?.querySelector('title')?.textContent).toBe('13MSP: at least 8 States Parties · Under review by the ISU: ISU IS COLLATING FURTHER INFO');
    // One dashed ring per figure under review: the point and the bound.
    const rings = container.querySelectorAll('[data-testid="under-review-ring"]');
    expect(rings).toHaveLength(2);
    expect(rings[0]).toHaveAttribute('stroke-dasharray');
  });

  it('names the marks in its legend and says them in words in its table', () => {
    const marked = indicator({
      observations: [
        observation({ cycle: '10MSP', value: 5 }),
        observation({ cycle: '11MSP', value: 6, cycleInferred: true, note: 'Placed in 11MSP.' }),
        observation({ cycle: '12MSP', value: 7, underReview: { note: 'UPDATE THE STATS', paragraph: 140 } }),
      ],
    });
    renderClient(<IndicatorChartFigure indicator={marked} cycles={cycles} caption="Marked chart" width={640} height={300} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('Cycle inferred (hollow diamond)');
    expect(legend).toHaveTextContent('Under review by the ISU (dashed ring)');
    const table = screen.getByRole('table', { name: /Figures:/ });
    const rowOf = (cycle: string) => table.querySelector(`tr[data-cycle="${cycle}"]`) as HTMLElement;
    expect(within(rowOf('11MSP')).getByText('Cycle inferred')).toBeInTheDocument();
    expect(within(rowOf('12MSP')).getByText('Under review by the ISU')).toBeInTheDocument();
    expect(within(rowOf('10MSP')).queryByText(/Cycle inferred|Under review/)).toBeNull();
  });

  it('has no mark entries in the legend when no figure is marked', () => {
    renderClient(<IndicatorChartFigure indicator={qualified} cycles={cycles} caption="Plain chart" width={640} height={300} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).not.toHaveTextContent('Cycle inferred');
    expect(legend).not.toHaveTextContent('Under review');
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

  it('counts States in whole numbers on its axis and labels the population line once, beside it', () => {
    const twelve = indicator({ denominator: 12, observations: [observation({ cycle: '10MSP', value: 7, denominator: 12 }), observation({ cycle: '13MSP', value: 9, denominator: 12 })] });
    const { container } = renderChart(twelve);
    const yTicks = [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(yTicks).toEqual(['0', '3', '6', '9', '12', '15']);
    const labels = [...container.querySelectorAll('[data-testid="reference-label"]')];
    expect(labels.map((l) => [l.getAttribute('data-reference'), l.textContent, l.getAttribute('font-size')])).toEqual([['population', 'All concerned: 12', '12']]);
  });
});
