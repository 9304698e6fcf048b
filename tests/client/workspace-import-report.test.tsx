// The CSV import: the dry run's report (what changes, what is refused), and Apply only when nothing is refused.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportReport } from '@ccm/shared/schemas/workspace';
import { ImportReportView } from '../../client/src/features/workspace/imports/import-report.tsx';
import { ImportPage } from '../../client/src/features/workspace/imports/import-page.tsx';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { renderClient } from '../helpers/client-render.tsx';
import type { FetchMock } from '../helpers/client-fixtures.ts';

const record = (value: number | null, denominator: number | null = 10) => ({
  value,
  qualifier: 'exact' as const,
  denominator,
  reporting: value === null ? ('not_reported' as const) : ('reported' as const),
  source: 'Article 7 reports 2026',
  paragraph: null,
  note: null,
  cycleInferred: false,
  underReview: null,
});

const REPORT: ImportReport = {
  dryRun: true,
  applied: false,
  rows: 4,
  changes: [
    { row: 2, indicatorId: 'a27-re-integrated', cycle: '13MSP', spanFrom: null, before: record(10), after: record(9) },
    { row: 3, indicatorId: 'a29-disaggregated-data', cycle: '14MSP', spanFrom: null, before: null, after: record(null, null) },
  ],
  unchanged: 1,
  rejected: [{ row: 5, field: 'value', reason: 'value must not be above the denominator (10)' }],
  conflicts: [],
};

/** A dry run with one row over a colleague's draft (issue 18: 9 became 10 without a word). */
const CONFLICTED: ImportReport = {
  ...REPORT,
  rows: 2,
  rejected: [],
  unchanged: 0,
  changes: [{ row: 3, indicatorId: 'a29-disaggregated-data', cycle: '14MSP', spanFrom: null, before: null, after: record(4) }],
  conflicts: [
    {
      row: 2,
      indicatorId: 'a27-re-integrated',
      cycle: '14MSP',
      spanFrom: null,
      yours: { value: 10, qualifier: 'exact', denominator: 10 },
      theirs: { changeId: 7, state: 'draft', value: 9, qualifier: 'exact', denominator: 10, author: 'alice@isu.test', at: '2026-12-04T09:30:00.000Z' },
    },
  ],
};

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});

describe('import report', () => {
  it('lists the rows that would change, before → after, and the refused rows with their reasons', () => {
    renderClient(<ImportReportView report={REPORT} />);
    expect(screen.getByText('4 rows read: 2 would change, 1 unchanged, 1 refused.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('1 row is refused.');

    const changes = screen.getByRole('table', { name: '2 rows that would change' });
    const a27 = within(changes).getByRole('row', { name: /a27-re-integrated/ });
    expect(within(a27).getAllByRole('cell').map((c) => c.textContent)).toEqual(['a27-re-integrated', '13MSP', '10 of 10', '9 of 10']);
    const a29 = within(changes).getByRole('row', { name: /a29-disaggregated-data/ });
    expect(within(a29).getAllByRole('cell').map((c) => c.textContent)).toEqual(['a29-disaggregated-data', '14MSP', 'no figure', 'not reported']);

    const rejected = screen.getByRole('table', { name: '1 refused row, with the reason' });
    expect(within(rejected).getByRole('row', { name: /5/ })).toHaveTextContent('value must not be above the denominator (10)');
  });
});

describe('rows over someone else’s draft', () => {
  it('are listed apart from the changes: their value, author and date, and the file’s value', () => {
    renderClient(<ImportReportView report={CONFLICTED} />);
    expect(screen.getByText(/1 row is over a draft by someone else/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Drafts by someone else' })).toBeInTheDocument();
    const changes = screen.getByRole('table', { name: '1 row that would change' });
    expect(within(changes).queryByRole('row', { name: /a27-re-integrated/ })).toBeNull();
    const conflicts = screen.getByRole('table', { name: '1 row over a draft by someone else: their value and the file’s' });
    const row = within(conflicts).getByRole('row', { name: /a27-re-integrated/ });
    const [indicator, cycle, theirs, author, date, yours] = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect([indicator, cycle, theirs, author, yours]).toEqual(['a27-re-integrated', '14MSP', '9 of 10', 'alice@isu.test', '10 of 10']);
    expect(date).toMatch(/2026/);
  });
});

describe('a record’s flags in the review and history tables', () => {
  it('say "cycle inferred" and "under review by the ISU", the drafters’ comment with it', () => {
    const flagged: ImportReport = {
      ...REPORT,
      rejected: [],
      changes: [
        {
          row: 2,
          indicatorId: 'a27-re-integrated',
          cycle: '13MSP',
          spanFrom: null,
          before: record(9),
          after: { ...record(9), cycleInferred: true, note: 'Placed in 13MSP.', underReview: { note: 'ISU IS COLLATING FURTHER INFO', paragraph: 130 } },
        },
      ],
    };
    renderClient(<ImportReportView report={flagged} />);
    const row = within(screen.getByRole('row', { name: /a27-re-integrated/ }));
    const [, , before, after] = row.getAllByRole('cell');
    expect(before).toHaveTextContent(/^9 of 10$/);
    expect(after).toHaveTextContent('9 of 10cycle inferredunder review by the ISU');
    expect(within(after as HTMLElement).getByText('under review by the ISU', { exact: false }).closest('[data-mark="under-review"]')).toHaveAttribute('title', 'ISU IS COLLATING FURTHER INFO');
  });
});

describe('import page', () => {
  let fetchMock: FetchMock;
  beforeEach(() => {
    fetchMock = vi.fn(async (url: string) => {
      const body = url.endsWith('dryRun=true') ? REPORT : { ...REPORT, rejected: [], dryRun: false, applied: true };
      return new Response(JSON.stringify({ data: body }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('checks the file as a dry run and refuses to apply while a row is refused', async () => {
    const user = userEvent.setup();
    renderClient(<ImportPage />);
    const csv = 'indicatorId,cycle,value,denominator,document\na27-re-integrated,13MSP,9,10,Article 7 reports 2026\n';
    await user.upload(screen.getByLabelText('CSV or Excel file'), new File([csv], 'figures.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByRole('heading', { name: 'What figures.csv would change' })).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/workspace/import?dryRun=true');
    expect(init?.body).toBe(csv);
    expect(new Headers(init?.headers).get('Content-Type')).toBe('text/csv');
    const apply = screen.getByRole('button', { name: 'Apply: save 2 drafts' });
    expect(apply).toBeDisabled();
    expect(apply).toHaveAccessibleDescription('Applying is not possible while a row is refused.');
  });

  it('over a colleague’s draft offers replacing or keeping their drafts instead of a plain apply, and says which it sends', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      const query = new URL(url, 'http://localhost').searchParams;
      const body = query.get('dryRun') === 'true' ? CONFLICTED : { ...CONFLICTED, dryRun: false, applied: true };
      return new Response(JSON.stringify({ data: body }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const user = userEvent.setup();
    renderClient(<ImportPage />);
    const csv = 'indicatorId,cycle,value,denominator,document\na27-re-integrated,14MSP,10,10,Article 7 reports 2026\n';
    await user.upload(screen.getByLabelText('CSV or Excel file'), new File([csv], 'figures.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('heading', { name: 'Drafts by someone else' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
    expect(screen.getByRole('group', { name: /One row is over a colleague’s draft/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import, keeping their draft' }));
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/v1/workspace/import?dryRun=false&onConflict=skip');
    expect(await screen.findByRole('table', { name: '1 draft by someone else kept: its row was left out' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 figure is saved as a draft.');
  });
});
