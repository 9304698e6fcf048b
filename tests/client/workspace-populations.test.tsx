// The Populations screen: each population with its lists by cycle and its ledger; an admin ticks the States of a cycle
// and records the list (PUT with the shared schema's body), sees the server's refusal next to the field it names, and
// deletes an ISU list with a reason; an editor reads without forms.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { State } from '@ccm/shared/schemas/states';
import type { WorkspacePopulation } from '@ccm/shared/schemas/workspace-populations';
import { PopulationsPage } from '../../client/src/features/workspace/populations/populations-page.tsx';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { renderClient } from '../helpers/client-render.tsx';
import { type FetchMock, json } from '../helpers/client-fixtures.ts';

const state = (code: string, en: string): State => ({ code, name: en, names: { en, fr: en, es: en, ar: en }, shortName: null, status: 'state_party', events: [], namedIn: 0, i18n: { lang: 'en', fallback: [] } });
const STATES = [state('AFG', 'Afghanistan'), state('IRQ', 'Iraq'), state('LBN', 'Lebanon'), state('LAO', 'Lao People’s Democratic Republic')];
const cycle = (code: string, ordinal: number) => ({ code, actionPlan: 'LAP', ordinal, year: 2022 + ordinal, meeting: code, startDate: null, endDate: null, isDeadline: code === '3RC', status: 'published' as const, publishedAt: null, pendingChanges: 0 });
const CYCLES = [cycle('10MSP', 0), cycle('11MSP', 1), cycle('12MSP', 2), cycle('13MSP', 3), cycle('3RC', 4)];

const source = (document: string, paragraph: number | null = null) => ({ document, paragraph, quote: null });
const VICTIMS: WorkspacePopulation = {
  id: 'states-with-victims',
  title: { en: 'States Parties with cluster munition victims', fr: null, es: null, ar: null },
  origin: 'bundled',
  indicators: [{ id: 'a33-focal-points', title: 'States Parties with a focal point' }],
  lists: [
    { cycle: '13MSP', spanFrom: '10MSP', size: 12, states: ['AFG', 'IRQ', 'LAO', 'LBN'], source: source('Review Document', 138), note: null, origin: 'bundled' },
    { cycle: '11MSP', spanFrom: null, size: null, states: ['IRQ'], source: source('ISU records, 2023'), note: null, origin: 'isu' },
  ],
  ledger: [],
};
const USERS = {
  admin: { id: 1, email: 'admin@isu.test', role: 'admin', mustChangePassword: false, createdAt: '2026-01-01T00:00:00Z' },
  editor: { id: 2, email: 'editor@isu.test', role: 'editor', mustChangePassword: false, createdAt: '2026-01-01T00:00:00Z' },
} as const;

const problem = (status: number, parameter: string, detail: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status, parameter, detail }), { status, headers: { 'content-type': 'application/problem+json' } });

let fetchMock: FetchMock;
let role: keyof typeof USERS = 'admin';
let putAnswer: () => Response;
/** What GET /workspace/populations answers: the population as the last write left it. */
let stored: WorkspacePopulation = VICTIMS;
const calls = (method: string, prefix: string) => fetchMock.mock.calls.filter(([url, init]) => init?.method === method && url.startsWith(prefix));

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});
beforeEach(() => {
  role = 'admin';
  stored = VICTIMS;
  putAnswer = () => {
    stored = { ...VICTIMS, lists: [...VICTIMS.lists, { cycle: '3RC', spanFrom: null, size: null, states: ['AFG', 'LBN'], source: source('ISU list, 2026'), note: null, origin: 'isu' }] };
    return json({ data: { population: stored, changeIds: [7], dataVersion: 3 } });
  };
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/v1/auth/me') return json({ data: USERS[role] });
    if (url === '/api/v1/workspace/populations') return json({ data: [stored] });
    if (url === '/api/v1/workspace/cycles') return json({ data: CYCLES });
    if (url.startsWith('/api/v1/states')) return json({ data: STATES });
    if (url.startsWith('/api/v1/workspace/populations/states-with-victims/lists/') && init?.method === 'PUT') return putAnswer();
    if (url.startsWith('/api/v1/workspace/populations/states-with-victims/lists/') && init?.method === 'DELETE') {
      stored = { ...VICTIMS, lists: VICTIMS.lists.filter((l) => l.origin === 'bundled') };
      return json({ data: { population: stored, changeIds: [8], dataVersion: 4 } });
    }
    // The public data refreshed after a write.
    return json({ data: [] });
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the populations screen', () => {
  it('shows each list by cycle with its size, States and source, and who recorded it', async () => {
    renderClient(<PopulationsPage />);
    const table = await screen.findByRole('table', { name: /Lists of States Parties with cluster munition victims/ });
    const span = within(table).getByRole('row', { name: /10MSP to 13MSP/ });
    expect(span).toHaveTextContent('12');
    expect(span).toHaveTextContent('Afghanistan, Iraq, Lao People’s Democratic Republic, Lebanon');
    expect(span).toHaveTextContent('Review Document');
    expect(span).toHaveTextContent('From the Review Document');
    expect(within(table).getByRole('row', { name: /11MSP/ })).toHaveTextContent('1 (its length)');
    expect(screen.getByText('No State is recorded entering or leaving.')).toBeInTheDocument();
  });

  it('an admin ticks two States for 3RC and records the list', async () => {
    const user = userEvent.setup();
    renderClient(<PopulationsPage />);
    const form = await screen.findByRole('form', { name: 'Record or replace a list' });
    expect(within(form).getByLabelText(/^Cycle/)).toHaveValue('3RC');
    const group = within(form).getByRole('group', { name: 'The States of the population' });
    await user.click(within(group).getByRole('checkbox', { name: /Afghanistan/ }));
    await user.click(within(group).getByRole('checkbox', { name: /Lebanon/ }));
    expect(within(group).getByText('2 States ticked: the N is 2.')).toBeInTheDocument();

    // Refused in the browser first: no source, no reason.
    await user.click(within(form).getByRole('button', { name: 'Record the list' }));
    expect(within(form).getByLabelText(/^Source/)).toHaveAttribute('aria-invalid', 'true');
    expect(calls('PUT', '/api/v1/workspace/populations')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Source/), 'ISU list, 2026');
    await user.type(within(form).getByLabelText(/^Reason/), 'Confirmed with the States.');
    await user.click(within(form).getByRole('button', { name: 'Record the list' }));
    await waitFor(() => expect(calls('PUT', '/api/v1/workspace/populations')).toHaveLength(1));
    const [url, init] = calls('PUT', '/api/v1/workspace/populations')[0] ?? [];
    expect(url).toBe('/api/v1/workspace/populations/states-with-victims/lists/3RC');
    expect(JSON.parse(init?.body as string)).toEqual({ size: null, states: ['AFG', 'LBN'], source: 'ISU list, 2026', paragraph: null, note: null, reason: 'Confirmed with the States.' });
    expect(await within(form).findByText('The list for 3RC is recorded and public.')).toHaveAttribute('role', 'status');
    const table = screen.getByRole('table', { name: /Lists of/ });
    expect(within(table).getByRole('row', { name: /3RC/ })).toHaveTextContent('Afghanistan, Lebanon');
  });

  it('shows the server’s refusal next to the field it names', async () => {
    putAnswer = () => problem(400, 'states', 'The list is complete but leaves out a State counted by a figure it would cover: IRQ (a33-focal-points 12MSP).');
    const user = userEvent.setup();
    renderClient(<PopulationsPage />);
    const form = await screen.findByRole('form', { name: 'Record or replace a list' });
    await user.selectOptions(within(form).getByLabelText(/^Cycle/), '12MSP');
    const group = within(form).getByRole('group', { name: 'The States of the population' });
    await user.click(within(group).getByRole('checkbox', { name: /Afghanistan/ }));
    await user.type(within(form).getByLabelText(/^Source/), 'ISU list');
    await user.type(within(form).getByLabelText(/^Reason/), 'Checked.');
    await user.click(within(form).getByRole('button', { name: 'Record the list' }));
    const alert = await within(group).findByRole('alert');
    expect(alert).toHaveTextContent('leaves out a State counted by a figure it would cover: IRQ (a33-focal-points 12MSP)');
  });

  it('an admin deletes an ISU list with a reason; a bundled list offers no delete', async () => {
    const user = userEvent.setup();
    renderClient(<PopulationsPage />);
    const table = await screen.findByRole('table', { name: /Lists of/ });
    expect(within(within(table).getByRole('row', { name: /10MSP to 13MSP/ })).queryByRole('button')).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Delete the list for 11MSP…' }));
    const confirm = within(table).getByRole('form', { name: /Delete the list for 11MSP\?/ });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(within(confirm).getByLabelText(/^Reason/)).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(confirm).getByLabelText(/^Reason/), 'Entered by mistake.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(calls('DELETE', '/api/v1/workspace/populations')).toHaveLength(1));
    expect(calls('DELETE', '/api/v1/workspace/populations')[0]?.[0]).toBe('/api/v1/workspace/populations/states-with-victims/lists/11MSP');
    expect(await screen.findByText('The list for 11MSP is deleted.')).toBeInTheDocument();
  });

  it('an editor reads the lists without forms', async () => {
    role = 'editor';
    renderClient(<PopulationsPage />);
    await screen.findByRole('table', { name: /Lists of/ });
    expect(await screen.findByText('Only an administrator can record lists and ledger entries.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record or replace a list' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });
});
