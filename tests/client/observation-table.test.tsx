import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ObservationTable } from '../../client/src/features/indicator/components/observation-table.tsx';
import { renderClient } from '../helpers/client-render.tsx';
import { conflict, indicator, observation } from '../helpers/client-fixtures.ts';

const fixture = indicator({
  observations: [
    observation({ cycle: '10MSP', value: 8, denominator: 10, quote: 'from eight (8) during the 10MSP and 11MSP reporting cycles' }),
    observation({ cycle: '11MSP', value: 6, qualifier: 'at_least', source: { document: 'Doc', paragraph: 124 }, note: 'The paragraph says "at least".' }),
    observation({ cycle: '12MSP', value: 12, qualifier: 'at_most', denominator: 20, source: { document: 'Doc', paragraph: 125 } }),
    observation({ cycle: '13MSP', spanFrom: '10MSP', value: 7, qualifier: 'average', source: { document: 'Doc', paragraph: 126 } }),
    observation({ cycle: '13MSP', value: null, reporting: 'not_reported', source: { document: 'Doc', paragraph: 127 } }),
  ],
});

function row(label: string, index = 0) {
  const rows = screen.getAllByRole('row').filter((r) => r.getAttribute('data-cycle') === label);
  const found = rows[index];
  if (!found) throw new Error(`no row ${label}`);
  return within(found);
}

describe('ObservationTable', () => {
  it('shows each figure as "n of N" with its share', () => {
    renderClient(<ObservationTable indicator={fixture} conflicts={[]} />);
    const first = row('10MSP');
    expect(first.getByRole('rowheader')).toHaveTextContent('10MSP');
    expect(first.getByText('8')).toBeInTheDocument();
    expect(first.getByText('8 of 10')).toBeInTheDocument();
    expect(first.getByText('80%')).toBeInTheDocument();
    // Its own denominator wins over the indicator's.
    expect(row('12MSP').getByText('12 of 20')).toBeInTheDocument();
    expect(row('12MSP').getByText('60%')).toBeInTheDocument();
  });

  it('says the qualifier in words', () => {
    renderClient(<ObservationTable indicator={fixture} conflicts={[]} />);
    expect(row('10MSP').getByText('exact')).toBeInTheDocument();
    expect(row('11MSP').getByText('at least')).toBeInTheDocument();
    expect(row('12MSP').getByText('at most')).toBeInTheDocument();
    expect(row('10MSP–13MSP').getByText('average')).toBeInTheDocument();
  });

  it('labels a span figure "10MSP–13MSP" and a missing figure "Not reported", never 0', () => {
    renderClient(<ObservationTable indicator={fixture} conflicts={[]} />);
    expect(row('10MSP–13MSP').getByRole('rowheader')).toHaveTextContent('10MSP–13MSP');
    const missing = row('13MSP');
    expect(missing.getByText('Not reported')).toBeInTheDocument();
    expect(missing.queryByText('0')).toBeNull();
  });

  it('gives the paragraph with its quote, the note, and the conflicts citing that paragraph', () => {
    renderClient(<ObservationTable indicator={fixture} conflicts={[conflict()]} />);
    const first = row('10MSP');
    expect(first.getByText('¶ 123')).toBeInTheDocument();
    expect(first.getByText('from eight (8) during the 10MSP and 11MSP reporting cycles')).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'See the conflict' })).toHaveAttribute('href', '#conflict-a27-conflict');
    expect(row('11MSP').getByText('¶ 124')).toBeInTheDocument();
    expect(row('11MSP').getByText('The paragraph says "at least".')).toBeInTheDocument();
    expect(row('11MSP').queryByRole('link', { name: 'See the conflict' })).toBeNull();
  });

  it('marks a figure under review by the ISU and one whose cycle was inferred, each with its note', async () => {
    const user = userEvent.setup();
    const marked = indicator({
      observations: [
        observation({ cycle: '12MSP', value: 8, denominator: 10, cycleInferred: true, note: 'The document says "during the review period"; placed in 12MSP, the cycle of the report.' }),
        observation({
          cycle: '13MSP',
          value: 9,
          denominator: 10,
          source: { document: 'Doc', paragraph: 131 },
          underReview: { note: 'ISU IS COLLATING FURTHER INFO', paragraph: 130 },
        }),
        observation({ cycle: '11MSP', value: 8, denominator: 10 }),
      ],
    });
    renderClient(<ObservationTable indicator={marked} conflicts={[]} />);
    const review = row('13MSP');
    const reviewMark = review.getByText('Under review by the ISU');
    expect(reviewMark.closest('[data-mark="under-review"]')).not.toBeNull();
    // The drafters' comment and its paragraph are behind the disclosure.
    await user.click(reviewMark);
    expect(review.getByText('ISU IS COLLATING FURTHER INFO')).toBeVisible();
    expect(review.getByText(/¶ 130/)).toBeVisible();
    expect(review.queryByText('Cycle inferred')).toBeNull();

    const inferred = row('12MSP');
    expect(inferred.getByText('Cycle inferred').closest('[data-mark="cycle-inferred"]')).not.toBeNull();
    expect(inferred.queryByText('Under review by the ISU')).toBeNull();
    // The value cell still reads as the figure alone.
    expect(inferred.getByText('8', { selector: '[data-field="value"]' })).toBeInTheDocument();

    const plain = row('11MSP');
    expect(plain.queryByText('Cycle inferred')).toBeNull();
    expect(plain.queryByText('Under review by the ISU')).toBeNull();
  });

  it('has a caption and scrolls inside a labelled, focusable region', () => {
    renderClient(<ObservationTable indicator={fixture} conflicts={[]} />);
    const table = screen.getByRole('table', { name: /Every figure for/ });
    const region = screen.getByRole('region', { name: /Every figure for/ });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('lists figures the ISU withdrew, with the date, the value they had and the reason; nothing when there are none', () => {
    const withdrawn = indicator({ ...fixture, withdrawn: [{ cycle: '14MSP', spanFrom: null, previousValue: 9, withdrawnAt: '2026-11-20T10:00:00Z', reason: 'Entered against the wrong cycle' }] });
    const { unmount } = renderClient(<ObservationTable indicator={withdrawn} conflicts={[]} />);
    const list = screen.getByRole('list', { name: 'Withdrawn figures' });
    expect(list).toHaveTextContent(/14MSP: Withdrawn on .*2026; it was 9\. Entered against the wrong cycle/);
    unmount();
    renderClient(<ObservationTable indicator={fixture} conflicts={[]} />);
    expect(screen.queryByRole('list', { name: 'Withdrawn figures' })).not.toBeInTheDocument();
  });
});
