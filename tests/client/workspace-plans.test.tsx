// Plan set-up in the workspace: the plan file import (a refused file's problems by section, row and field; the dry run's
// report; Create only after a clean check of exactly the current text), the new plan form's field messages, a refused
// publication, and the cycle form's plan picker, which offers a plan still being set up.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanImportReport, WorkspacePlan, WorkspacePlanDetail } from '@ccm/shared/schemas/plans';
import { CreateCycleForm } from '../../client/src/features/workspace/cycles/create-cycle-form.tsx';
import { PlanImportPage } from '../../client/src/features/workspace/plans/plan-import-page.tsx';
import { PlanSetupPage } from '../../client/src/features/workspace/plans/plan-setup-page.tsx';
import { PlansPage } from '../../client/src/features/workspace/plans/plans-page.tsx';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { renderClient } from '../helpers/client-render.tsx';
import { type FetchMock, json } from '../helpers/client-fixtures.ts';

const REPORT: PlanImportReport = {
  dryRun: true,
  plan: { code: 'NAP', title: 'Next Action Plan', startYear: 2027, endYear: 2031 },
  creates: {
    pillars: [
      { slug: 'universalization', name: 'Universalization' },
      { slug: 'victim-assistance', name: 'Victim Assistance' },
    ],
    actions: [{ number: 1, pillar: 'universalization', title: 'Promote adherence' }],
    indicators: [{ id: 'nap-a1-ratifications', action: 1, title: 'States that ratified' }],
    crosswalk: [{ entity: 'indicator', from: 'a1-ratifications', to: 'nap-a1-ratifications', relation: 'carried_over' }],
    cycles: [{ code: '5RC', year: 2031, isDeadline: true }],
  },
};

const REFUSAL = {
  type: 'about:blank',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'The plan file has 2 problems.',
  problems: [
    { section: 'pillars', row: 3, field: 'slug', message: 'must be lower-case letters, digits and single hyphens' },
    { section: 'indicators', row: 7, field: 'targetShare', message: 'must be at most 1' },
  ],
};

const problem = (body: { status: number }) => new Response(JSON.stringify(body), { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });

type Handler = (url: URL, init: RequestInit | undefined) => Response | undefined;
let fetchMock: FetchMock;
const calls = (method: string, pathname: string) =>
  fetchMock.mock.calls.filter(([url, init]) => new URL(url, 'http://localhost').pathname === pathname && (init?.method ?? 'GET') === method);

/** Answers with the first handler that answers; anything else is a 404 problem. */
function serve(...handlers: Handler[]) {
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const parsed = new URL(url, 'http://localhost');
    for (const handler of handlers) {
      const response = handler(parsed, init);
      if (response) return response;
    }
    return problem({ status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
}

const IMPORT_PATH = '/api/v1/workspace/plans/import';

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});

afterEach(() => vi.unstubAllGlobals());

/** Fills the new plan form: a next plan from 2027 whose deadline is the Fifth Review Conference in `deadlineYear`. */
async function typeNewPlan(user: ReturnType<typeof userEvent.setup>, { code, deadlineYear }: { code: string; deadlineYear: string }) {
  await user.type(screen.getByLabelText(/^Code/), code);
  await user.type(screen.getByLabelText(/^Title \(English\)/), 'Next Action Plan');
  await user.type(screen.getByLabelText(/^First year/), '2027');
  await user.type(screen.getByLabelText(/^Deadline year/), deadlineYear);
  await user.type(screen.getByLabelText(/^Deadline cycle/), '5RC');
  await user.type(screen.getByLabelText(/^Deadline meeting/), 'Fifth Review Conference');
}

describe('plan import', () => {
  it('lists every problem of a refused file in a table by section, row and field, and moves focus to it', async () => {
    serve((url) => (url.pathname === IMPORT_PATH ? problem(REFUSAL) : undefined));
    const user = userEvent.setup();
    renderClient(<PlanImportPage />);
    const content = '{"plan": {"code": "NAP"}}';
    await user.click(screen.getByLabelText('Plan definition'));
    await user.paste(content);
    // Pasted text that opens with a brace is JSON.
    expect(screen.getByLabelText('Format')).toHaveValue('json');
    expect(screen.getByLabelText('Format')).toHaveAccessibleDescription('Detected from the text.');
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    const table = await screen.findByRole('table', { name: '2 problems, and where each is' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`${IMPORT_PATH}?dryRun=true`);
    expect(JSON.parse(init?.body as string)).toEqual({ format: 'json', content });

    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Section', 'Row', 'Field', 'Problem']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Pillars', '3', 'slug', 'must be lower-case letters, digits and single hyphens'],
      ['Indicators', '7', 'targetShare', 'must be at most 1'],
    ]);
    expect(document.activeElement).toHaveTextContent('The pasted text is refused: nothing would be created.2 problems were found.');

    const create = screen.getByRole('button', { name: 'Create the plan' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription('The file has problems: correct them and check it again.');
  });

  it('shows what a clean file would create, section by section, with the format read from the file name', async () => {
    serve((url) => (url.pathname === IMPORT_PATH ? json({ data: REPORT }) : undefined));
    const user = userEvent.setup();
    renderClient(<PlanImportPage />);
    const csv = 'section,code,title\nplan,NAP,Next Action Plan\n';
    await user.upload(screen.getByLabelText('Plan file (JSON or CSV)'), new File([csv], 'nap.csv', { type: 'text/csv' }));
    expect(screen.getByLabelText('Plan definition')).toHaveValue(csv);
    expect(screen.getByLabelText('Format')).toHaveValue('csv');
    expect(screen.getByLabelText('Format')).toHaveAccessibleDescription('Detected from the file name, nap.csv.');
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByRole('heading', { name: 'What nap.csv would create' })).toHaveFocus();
    expect(JSON.parse(fetchMock.mock.calls[0]?.[1]?.body as string)).toEqual({ format: 'csv', content: csv });
    expect(screen.getByText('Plan NAP: Next Action Plan, 2027–2031.')).toBeInTheDocument();

    const cellsOf = (name: string) =>
      within(screen.getByRole('table', { name }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cellsOf('Pillars to create (2)')).toEqual([
      ['universalization', 'Universalization'],
      ['victim-assistance', 'Victim Assistance'],
    ]);
    expect(cellsOf('Actions to create (1)')).toEqual([['1', 'universalization', 'Promote adherence']]);
    expect(cellsOf('Indicators to create (1)')).toEqual([['nap-a1-ratifications', '1', 'States that ratified']]);
    expect(cellsOf('Crosswalk entries to create (1)')).toEqual([['Indicator', 'a1-ratifications', 'nap-a1-ratifications', 'Carried over']]);
    expect(cellsOf('Cycles to create (1)')).toEqual([['5RC', '2031', 'Deadline, with no figures']]);
  });

  it('creates the plan only after a clean check of exactly the current text and format', async () => {
    serve((url, init) => {
      if (url.pathname !== IMPORT_PATH) return undefined;
      const dryRun = url.searchParams.get('dryRun') === 'true';
      expect(init?.method).toBe('POST');
      return json({ data: { ...REPORT, dryRun } });
    });
    const user = userEvent.setup();
    renderClient(<PlanImportPage />);
    const create = () => screen.getByRole('button', { name: /^Create the plan/ });
    expect(create()).toBeDisabled();
    expect(create()).toHaveAccessibleDescription('Check the file first: a plan is created only from a file checked without problems.');

    const content = '{"plan": {"code": "NAP"}}';
    await user.click(screen.getByLabelText('Plan definition'));
    await user.paste(content);
    expect(create()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await waitFor(() => expect(create()).toBeEnabled());
    expect(create()).toHaveAccessibleName('Create the plan NAP');
    expect(create()).toHaveAccessibleDescription('Creates everything listed above, or nothing.');

    // An edit after the check, or another format, needs a new check.
    await user.type(screen.getByLabelText('Plan definition'), ' ');
    expect(create()).toBeDisabled();
    expect(create()).toHaveAccessibleDescription('The text or the format changed after the check: check it again.');
    await user.type(screen.getByLabelText('Plan definition'), '{Backspace}');
    expect(create()).toBeEnabled();
    await user.selectOptions(screen.getByLabelText('Format'), 'csv');
    expect(create()).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Format'), 'json');
    expect(create()).toBeEnabled();
    expect(calls('POST', IMPORT_PATH)).toHaveLength(1);

    await user.click(create());
    expect(await screen.findByText('NAP is created, not yet published.')).toBeInTheDocument();
    const applied = calls('POST', IMPORT_PATH)[1];
    expect(applied?.[0]).toBe(`${IMPORT_PATH}?dryRun=false`);
    expect(JSON.parse(applied?.[1]?.body as string)).toEqual({ format: 'json', content });
    expect(screen.getByRole('heading', { name: 'NAP has been created' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Pillars created (2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up NAP' })).toHaveAttribute('href', '/workspace/plans/nap');
  });
});

const LAP: WorkspacePlan = {
  code: 'LAP',
  title: 'Lausanne Action Plan',
  titles: { fr: 'Plan d’action de Lausanne', es: null, ar: null },
  startYear: 2021,
  endYear: 2026,
  deadlineCycle: '3RC',
  previousPlan: null,
  publishedAt: '2021-09-21T10:00:00Z',
  counts: { pillars: 9, actions: 50, indicators: 61, cycles: 6, crosswalk: 0 },
};

describe('new plan form', () => {
  beforeEach(() => {
    serve((url, init) => {
      if (url.pathname === '/api/v1/workspace/plans' && (init?.method ?? 'GET') === 'GET') return json({ data: [LAP] });
      if (url.pathname === '/api/v1/workspace/plans' && init?.method === 'POST') {
        return problem({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'A plan "NAP" exists already.', parameter: 'code' } as { status: number });
      }
      return undefined;
    });
  });

  it('lists the plans with their state and counts', async () => {
    renderClient(<PlansPage />);
    const table = await screen.findByRole('table', { name: 'Action plans, published or being set up' });
    const row = within(table).getByRole('row', { name: /LAP/ });
    expect(within(row).getByRole('link', { name: 'LAP' })).toHaveAttribute('href', '/workspace/plans/lap');
    expect(row).toHaveTextContent('Published');
    expect(row).toHaveTextContent('Pillars: 9 · actions: 50 · indicators: 61 · cycles: 6 · crosswalk entries: 0');
  });

  it('names the field of each message, links them from a summary that takes focus, and sends nothing', async () => {
    const user = userEvent.setup();
    renderClient(<PlansPage />);
    await screen.findByRole('table');
    await typeNewPlan(user, { code: 'nap 2', deadlineYear: '2026' });
    await user.click(screen.getByRole('button', { name: 'Create the plan' }));

    const summary = document.activeElement as HTMLElement;
    expect(summary).toHaveAccessibleName('2 fields need correcting');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Code: The code is capital letters and digits, starting with a letter, like NAP.',
      'Deadline year: The deadline year must not be before the first year.',
    ]);
    const code = screen.getByLabelText(/^Code/);
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(
      'Capital letters and digits, like NAP. Addresses use it in lower case. The code is capital letters and digits, starting with a letter, like NAP.',
    );
    await user.click(links[1] as HTMLElement);
    expect(screen.getByLabelText(/^Deadline year/)).toHaveFocus();
    expect(calls('POST', '/api/v1/workspace/plans')).toHaveLength(0);
  });

  it('shows the server’s refusal of a field on that field', async () => {
    const user = userEvent.setup();
    renderClient(<PlansPage />);
    await screen.findByRole('table');
    await typeNewPlan(user, { code: 'nap', deadlineYear: '2031' });
    await user.selectOptions(screen.getByLabelText(/^Follows the plan/), 'LAP');
    await user.click(screen.getByRole('button', { name: 'Create the plan' }));

    await waitFor(() => expect(screen.getByLabelText(/^Code/)).toHaveAttribute('aria-invalid', 'true'));
    const [, init] = calls('POST', '/api/v1/workspace/plans')[0] ?? [];
    expect(JSON.parse(init?.body as string)).toEqual({
      code: 'NAP',
      title: 'Next Action Plan',
      titles: { fr: null, es: null, ar: null },
      adoptedAt: null,
      startYear: 2027,
      endYear: 2031,
      deadline: { code: '5RC', meeting: 'Fifth Review Conference' },
      previousPlan: 'LAP',
    });
    expect(screen.getByLabelText(/^Code/)).toHaveAccessibleDescription(/A plan "NAP" exists already\.$/);
    expect(document.activeElement).toHaveAccessibleName('1 field needs correcting');
  });
});

const NAP: WorkspacePlanDetail = {
  ...LAP,
  code: 'NAP',
  title: 'Next Action Plan',
  titles: { fr: null, es: null, ar: null },
  startYear: 2027,
  endYear: 2031,
  deadlineCycle: '5RC',
  previousPlan: 'LAP',
  publishedAt: null,
  counts: { pillars: 1, actions: 1, indicators: 0, cycles: 2, crosswalk: 0 },
  pillars: [{ slug: 'universalization', name: 'Universalization', actionFrom: 1, actionTo: 4 }],
  actions: [{ number: 1, pillar: 'universalization', title: 'Promote adherence', summary: '' }],
  indicators: [],
  cycles: [
    { code: '13MSP', year: 2025, isDeadline: false, status: 'published', shared: true },
    { code: '5RC', year: 2031, isDeadline: true, status: 'open', shared: false },
  ],
};

describe('plan set-up page', () => {
  it('asks before publishing, and shows the server’s refusal with its problems', async () => {
    serve((url, init) => {
      if (url.pathname === '/api/v1/workspace/plans/nap') return json({ data: NAP });
      if (url.pathname === '/api/v1/workspace/plans/lap') return json({ data: { ...LAP, pillars: [], actions: [], indicators: [], cycles: [] } });
      if (url.pathname === '/api/v1/workspace/crosswalk') return json({ data: [] });
      if (url.pathname === '/api/v1/workspace/plans/nap/publish' && init?.method === 'POST') {
        return problem({
          type: 'about:blank',
          title: 'Unprocessable Content',
          status: 422,
          detail: 'NAP is not complete.',
          problems: [{ section: 'actions', row: null, field: null, message: 'action 1 has no indicator' }],
        } as { status: number });
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderClient(<PlanSetupPage code="NAP" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan NAP' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Cycles that count for NAP' })).toHaveTextContent('13MSP2025PublishedLAP, also counted hereStop counting 13MSP for NAP');

    await user.click(screen.getByRole('button', { name: 'Publish NAP' }));
    expect(screen.getByRole('group', { name: /^Publish NAP\? Its pillars \(1\), actions \(1\), indicators \(0\), cycles \(2\)/ })).toBeInTheDocument();
    expect(calls('POST', '/api/v1/workspace/plans/nap/publish')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, publish NAP' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('NAP was not published.');
    await waitFor(() => expect(refusal).toHaveFocus());
    const table = screen.getByRole('table', { name: '1 problem, and where it is' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Actions——action 1 has no indicator');
  });
});

describe('add a cycle', () => {
  it('can pick a plan being set up, the one the address names', async () => {
    serve((url, init) => {
      if (url.pathname === '/api/v1/workspace/plans') return json({ data: [LAP, NAP] });
      if (url.pathname === '/api/v1/workspace/cycles' && init?.method === 'POST') {
        const body = JSON.parse(init.body as string) as { code: string; actionPlan: string; year: number; meeting: string };
        return json({ data: { ...body, ordinal: 1, startDate: null, endDate: null, isDeadline: false, status: 'open', publishedAt: null, pendingChanges: 0 } });
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderClient(<CreateCycleForm actionPlan="LAP" />, { route: '/workspace?plan=nap' });
    const picker = screen.getByLabelText('Plan');
    await waitFor(() => expect(picker).toHaveValue('NAP'));
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['LAP – Lausanne Action Plan', 'NAP – Next Action Plan (being set up)']);

    await user.type(screen.getByLabelText(/^Code/), '15MSP');
    await user.type(screen.getByLabelText(/^Year/), '2027');
    await user.type(screen.getByLabelText(/^Meeting/), 'Fifteenth Meeting of States Parties');
    await user.click(screen.getByRole('button', { name: 'Add the cycle' }));
    await screen.findByText('15MSP has been added. It is open for figures.');
    expect(JSON.parse(calls('POST', '/api/v1/workspace/cycles')[0]?.[1]?.body as string)).toMatchObject({ code: '15MSP', actionPlan: 'NAP', year: 2027 });
  });
});
