// The tick list of who is counted in an entry row: searchable by name or code, the count shown live, a complete list
// deriving the figure, and a partial list longer than the typed figure refused before anything is sent.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { State } from '@ccm/shared/schemas/states';
import type { EntryRow as Row } from '@ccm/shared/schemas/workspace';
import { EntryRow } from '../../client/src/features/workspace/entry/entry-row.tsx';
import { initialValues, isDirty } from '../../client/src/features/workspace/utils/entry-form.ts';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { entryRow, type FetchMock, indicator, json, status } from '../helpers/client-fixtures.ts';
import { renderClient } from '../helpers/client-render.tsx';

const state = (code: string, en: string, fr: string): State => ({
  code,
  name: en,
  names: { en, fr, es: en, ar: en },
  shortName: null,
  status: 'state_party',
  events: [],
  namedIn: 0,
  i18n: { lang: 'en', fallback: [] },
});
const STATES = [state('AFG', 'Afghanistan', 'Afghanistan'), state('CHL', 'Chile', 'Chili'), state('DEU', 'Germany', 'Allemagne'), state('LBN', 'Lebanon', 'Liban')];

const row = entryRow({ title: 'States Parties integrating risk education', previous: { cycle: '13MSP', value: 2 } });

let fetchMock: FetchMock;

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});
beforeEach(() => {
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('/api/v1/states')) return json({ data: STATES });
    if (url.startsWith('/api/v1/indicators/')) return json({ data: indicator() });
    if (url.startsWith('/api/v1/classify')) return json({ data: status({ code: 'achieved', reason: 'Achieved.' }) });
    if (url === '/api/v1/workspace/observations' && init?.method === 'PUT') {
      return json({ data: { id: 1, indicatorId: row.indicatorId, cycle: '14MSP', spanFrom: null, kind: 'entry', state: 'draft', before: null, after: null, reason: null, author: 'e@isu.test', createdAt: '2026-01-01T00:00:00Z', publishedAt: null, publishedBy: null, revertsChangeId: null } });
    }
    return json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function openList() {
  const user = userEvent.setup();
  renderClient(
    <ol>
      <EntryRow row={row} cycle="14MSP" cyclePublished={false} cycles={undefined} />
    </ol>,
  );
  const toggle = screen.getByRole('button', { name: /Who is counted: 0 States ticked/ });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const group = await screen.findByRole('group', { name: 'Who is counted' });
  return { user, group };
}

describe('the tick list of who is counted', () => {
  it('searches by name or code, counts live, and a complete list derives the figure that is saved', async () => {
    const { user, group } = await openList();
    const search = within(group).getByLabelText('Find a State (name or code)');
    await user.type(search, 'leb');
    expect(within(group).getAllByRole('checkbox', { name: /Lebanon|Afghanistan|Chile|Germany/ })).toHaveLength(1);
    await user.click(within(group).getByRole('checkbox', { name: /Lebanon/ }));
    await user.clear(search);
    await user.type(search, 'chl');
    await user.click(within(group).getByRole('checkbox', { name: /Chile/ }));
    expect(within(group).getByRole('status')).toHaveTextContent('2 States ticked.');

    // Keyboard: the "complete" box is reached and ticked with the space bar.
    within(group).getByRole('checkbox', { name: 'The list is complete' }).focus();
    await user.keyboard(' ');
    expect(within(group).getByRole('status')).toHaveTextContent('2 States ticked: the figure is 2.');
    const value = screen.getByLabelText('Figure');
    expect(value).toHaveValue('2');
    expect(value).toBeDisabled();

    await user.type(screen.getByLabelText(/^Source/), 'Article 7 reports 2026');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/workspace/observations' && init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([url, init]) => url === '/api/v1/workspace/observations' && init?.method === 'PUT');
    expect(JSON.parse(put?.[1]?.body as string)).toMatchObject({ value: 2, states: ['CHL', 'LBN'], statesComplete: true });
  });

  it('a partial list longer than the typed figure is refused with both numbers, before anything is sent', async () => {
    const { user, group } = await openList();
    await user.click(within(group).getByRole('checkbox', { name: /Afghanistan/ }));
    await user.click(within(group).getByRole('checkbox', { name: /Germany/ }));
    await user.type(screen.getByLabelText('Figure'), '1');
    expect(within(group).getByRole('status')).toHaveTextContent('2 States ticked.');
    await user.type(screen.getByLabelText(/^Source/), 'Article 7 reports 2026');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/You ticked 2 States but typed 1/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });
});

describe('a saved tick list is no unsaved change', () => {
  const saved: Row = {
    ...row,
    draft: {
      id: 7,
      indicatorId: row.indicatorId,
      cycle: '14MSP',
      spanFrom: null,
      kind: 'entry',
      state: 'draft',
      before: null,
      after: { value: 2, qualifier: 'exact', denominator: null, reporting: 'reported', source: 'Article 7 reports', paragraph: null, note: null, cycleInferred: false, underReview: null, states: ['DEU', 'LBN'], statesComplete: true },
      reason: null,
      author: 'e@isu.test',
      createdAt: '2026-01-01T00:00:00Z',
      publishedAt: null,
      publishedBy: null,
      revertsChangeId: null,
    },
  };
  const base = initialValues(saved);

  it('whatever order the States were ticked in, and whatever figure was typed before the list was complete', () => {
    expect(isDirty({ ...base, states: ['LBN', 'DEU'] }, base)).toBe(false);
    expect(isDirty({ ...base, value: '1' }, base)).toBe(false);
  });

  it('but a State more or less, or a list no longer complete, is', () => {
    expect(isDirty({ ...base, states: ['LBN'] }, base)).toBe(true);
    expect(isDirty({ ...base, statesComplete: false }, base)).toBe(true);
  });
});
