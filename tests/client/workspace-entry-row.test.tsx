// The entry row checks a figure in the browser with the shared schema before anything is sent, and previews the status.
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryRow } from '../../client/src/features/workspace/entry/entry-row.tsx';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { entryRow, indicator, json, status, stubFetchEachTest, WORKSPACE_CYCLES } from '../helpers/client-fixtures.ts';
import { renderClient } from '../helpers/client-render.tsx';

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});

const fetchStub = stubFetchEachTest(async (url: string, init?: RequestInit) => {
  if (url.startsWith('/api/v1/indicators/')) return json({ data: indicator() });
  if (url.startsWith('/api/v1/classify')) return json({ data: status({ code: 'achieved', reason: 'Achieved: 10 of 10 States Parties (100%) in 13MSP.' }) });
  if (url === '/api/v1/workspace/observations' && init?.method === 'PUT') {
    return json({ data: { id: 1, indicatorId: 'a27-re-integrated', cycle: '13MSP', spanFrom: null, kind: 'correction', state: 'draft', before: null, after: null, reason: null, author: 'a@isu.test', createdAt: '2026-01-01T00:00:00Z', publishedAt: null, publishedBy: null, revertsChangeId: null } });
  }
  return json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
});
const calls = fetchStub.calls;

/** The row in its list, and the user who types in it. */
function renderRow(props: Partial<Parameters<typeof EntryRow>[0]> = {}) {
  const user = userEvent.setup();
  renderClient(
    <ol>
      <EntryRow row={entryRow()} cycle="14MSP" cyclePublished={false} cycles={WORKSPACE_CYCLES} {...props} />
    </ol>,
  );
  return user;
}

/** Types a figure and the source every saved figure needs. */
async function typeFigure(user: ReturnType<typeof userEvent.setup>, figure: string) {
  await user.type(screen.getByLabelText('Figure'), figure);
  await user.type(screen.getByLabelText(/^Source/), 'Article 7 reports 2026');
}

describe('entry row validation', () => {
  it('prefills the denominator with the population size and shows the previous cycle', () => {
    renderRow();
    expect(screen.getByLabelText('Out of (denominator)')).toHaveValue('10');
    expect(screen.getByText('Previous (13MSP)')).toBeInTheDocument();
  });

  it('a value above the denominator gets a message next to the field and nothing is sent', async () => {
    const user = renderRow();
    await typeFigure(user, '11');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const value = screen.getByLabelText('Figure');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(expect.stringContaining('The figure must not be above the denominator (10).'));
    expect(value).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('1 field needs attention.');
    expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(0);
  });

  it('a figure not reported is never zero: the value field empties and is disabled', async () => {
    const user = renderRow();
    await user.type(screen.getByLabelText('Figure'), '0');
    await user.selectOptions(screen.getByLabelText('Reporting'), 'not_reported');
    expect(screen.getByLabelText('Figure')).toHaveValue('');
    expect(screen.getByLabelText('Figure')).toBeDisabled();
  });

  it('an outlier asks for a confirming note before saving, then saves with it', async () => {
    const user = renderRow();
    await typeFigure(user, '2');
    expect(screen.getByLabelText(/^Note \(required/)).toHaveAccessibleDescription(expect.stringContaining('more than half away from 13MSP (9 → 2)'));

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const note = screen.getByLabelText(/^Note \(required/);
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(expect.stringContaining('Confirm it with a note that says why.'));
    expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(0);

    await user.type(note, 'Seven States Parties left the affected group after completing clearance.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(1));
    const body = JSON.parse(calls('PUT', '/api/v1/workspace/observations')[0]?.[1]?.body as string) as Record<string, unknown>;
    expect(body).toMatchObject({ indicatorId: 'a27-re-integrated', cycle: '14MSP', value: 2, denominator: 10, source: 'Article 7 reports 2026' });
    expect(body.note).toMatch(/^Seven States Parties/);
  });

  it('a correction to a published cycle needs a reason', async () => {
    const published = { value: 9, qualifier: 'exact' as const, denominator: 10, reporting: 'reported' as const, source: 'Review Document', paragraph: 123, note: null, cycleInferred: false, underReview: null };
    const user = renderRow({ row: entryRow({ previous: { cycle: '12MSP', value: 8 }, published }), cycle: '13MSP', cyclePublished: true });
    const value = screen.getByLabelText('Figure');
    await user.clear(value);
    await user.type(value, '8');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const reason = screen.getByLabelText(/^Reason for the correction/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('say why the figure is corrected'));
    expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(0);
  });

  it('"Cycle inferred" needs a note, then saves the flag with it', async () => {
    const user = renderRow();
    await user.type(screen.getByLabelText('Figure'), '9');
    await user.type(screen.getByLabelText(/^Source/), 'Review Document');
    await user.click(screen.getByRole('checkbox', { name: 'Cycle inferred' }));
    const note = screen.getByLabelText(/^Note \(required: which cycle/);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(expect.stringContaining('An inferred cycle needs a note'));
    expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(0);

    await user.type(note, 'The document says "during the review period"; placed in 14MSP, the cycle of the report.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(1));
    const body = JSON.parse(calls('PUT', '/api/v1/workspace/observations')[0]?.[1]?.body as string) as Record<string, unknown>;
    expect(body).toMatchObject({ cycleInferred: true, underReview: null, value: 9 });
    expect(body.note).toMatch(/^The document says/);
  });

  it('"Under review by the ISU" sends the drafters’ comment and its paragraph', async () => {
    const user = renderRow();
    await user.type(screen.getByLabelText('Figure'), '9');
    await user.type(screen.getByLabelText(/^Source/), 'Review Document');
    await user.type(screen.getByLabelText('Paragraph'), '131');
    expect(screen.queryByLabelText(/^What is being reviewed/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Under review by the ISU' }));
    // Ticked with no comment: the shared schema refuses it, next to the field.
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const comment = screen.getByLabelText(/^What is being reviewed/);
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('Say what is being reviewed'));
    expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(0);

    await user.type(comment, 'ISU IS COLLATING FURTHER INFO');
    await user.type(screen.getByLabelText(/^Paragraph of the comment/), '130');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(1));
    const body = JSON.parse(calls('PUT', '/api/v1/workspace/observations')[0]?.[1]?.body as string) as Record<string, unknown>;
    expect(body).toMatchObject({ cycleInferred: false, underReview: { note: 'ISU IS COLLATING FURTHER INFO', paragraph: 130 }, paragraph: 131 });
  });

  it('unticking "Under review by the ISU" clears the flag of a published figure', async () => {
    const published = {
      value: 9,
      qualifier: 'exact' as const,
      denominator: 10,
      reporting: 'reported' as const,
      source: 'Review Document',
      paragraph: 131,
      note: null,
      cycleInferred: false,
      underReview: { note: 'ISU IS COLLATING FURTHER INFO', paragraph: 130 },
    };
    const user = renderRow({ row: entryRow({ previous: { cycle: '12MSP', value: 8 }, published }), cycle: '13MSP', cyclePublished: true });
    // The published figure says it is under review.
    expect(screen.getByText('under review by the ISU')).toBeInTheDocument();
    const flag = screen.getByRole('checkbox', { name: 'Under review by the ISU' });
    expect(flag).toBeChecked();
    expect(screen.getByLabelText(/^What is being reviewed/)).toHaveValue('ISU IS COLLATING FURTHER INFO');
    await user.click(flag);
    await user.type(screen.getByLabelText(/^Reason for the correction/), 'The ISU has checked the figure against the Article 7 reports.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls('PUT', '/api/v1/workspace/observations')).toHaveLength(1));
    const body = JSON.parse(calls('PUT', '/api/v1/workspace/observations')[0]?.[1]?.body as string) as Record<string, unknown>;
    expect(body).toMatchObject({ underReview: null, value: 9, cycle: '13MSP' });
  });

  it('previews the status the figure would give before it is saved', async () => {
    const user = renderRow({ cycle: '13MSP', row: entryRow({ previous: { cycle: '12MSP', value: 8 } }) });
    await user.type(screen.getByLabelText('Figure'), '10');
    const preview = await screen.findByText(/Status would change from/, {}, { timeout: 3000 });
    const line = preview.closest('p');
    expect(line).not.toBeNull();
    expect(within(line as HTMLElement).getByText('Stalled')).toBeInTheDocument();
    expect(within(line as HTMLElement).getByText('Achieved')).toBeInTheDocument();
    const [url, init] = calls('POST', '/api/v1/classify')[0] ?? [];
    // The reason comes in the workspace's language.
    expect(url).toBe('/api/v1/classify?lang=en');
    const request = JSON.parse(init?.body as string) as { observations: { cycle: string; value: number; cycleInferred: boolean }[] };
    expect(request.observations.find((o) => o.cycle === '13MSP')).toMatchObject({ value: 10, cycleInferred: false });
  });

  it('previews a figure for an open cycle in the browser, with the shared input building, in the workspace’s language', async () => {
    fetchStub.mock().mockImplementation(async (url: string) => {
      if (url.startsWith('/api/v1/indicators/')) return json({ data: indicator() });
      if (url.startsWith('/api/v1/classify')) {
        return json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Unknown cycle "14MSP" for LAP.', parameter: 'observations.4.cycle' }, { status: 400 });
      }
      return json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
    });
    const user = renderRow({ cycle: '14MSP' });
    await user.type(screen.getByLabelText('Figure'), '10');
    const preview = await screen.findByText(/Status would change from/, {}, { timeout: 5000 });
    const line = preview.closest('p') as HTMLElement;
    expect(within(line).getByText('Achieved')).toBeInTheDocument();
    // The reason, worded by the shared templates from the local classification.
    expect(await screen.findByText(/^Achieved: 10 of 10/)).toBeInTheDocument();
  });
});
