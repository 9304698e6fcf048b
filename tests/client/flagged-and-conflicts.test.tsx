// Flagged means declining, stalled or too slow for the deadline (off_track), most severe first, wherever indicators are
// listed by status; and an indicator page lists every conflict that names it among the indicators it concerns.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Conflict, Indicator } from '@ccm/shared/schemas/api';
import { FlaggedPage } from '../../client/src/features/flagged/components/flagged-page.tsx';
import { useIndicatorConflicts } from '../../client/src/features/indicator/api/get-conflicts.ts';
import { ConflictList } from '../../client/src/features/indicator/components/conflict-list.tsx';
import { IndicatorItem } from '../../client/src/components/ui/indicator-item.tsx';
import { actionsApiPath } from '../../client/src/lib/api/get-actions.ts';
import { indicatorsApiPath } from '../../client/src/lib/api/get-indicators.ts';
import { pillarsApiPath } from '../../client/src/lib/api/get-pillars.ts';
import { conflict, indicator, json, observation, status } from '../helpers/client-fixtures.ts';
import { renderClient } from '../helpers/client-render.tsx';

const OFF_TRACK = indicator({
  id: 'a10-off-track',
  action: 10,
  title: 'States Parties with national clearance plans',
  status: status({
    code: 'off_track',
    reason: 'Too slow for the 3RC: from 60 to 66 of 112 States Parties between 10MSP and 13MSP.',
    history: [
      { cycle: '11MSP', code: 'needs_acceleration' },
      { cycle: '12MSP', code: 'off_track' },
      { cycle: '13MSP', code: 'off_track' },
    ],
  }),
  observations: [observation({ cycle: '13MSP', value: 66, denominator: 112, underReview: { note: 'UPDATE THE STATS', paragraph: 40 } })],
});
const STALLED = indicator({ id: 'a20-stalled', action: 20, title: 'Stalled indicator' });
const ON_TRACK = indicator({ id: 'a30-on-track', action: 30, title: 'On-track indicator', status: status({ code: 'on_track', history: [{ cycle: '13MSP', code: 'on_track' }] }) });
const DECLINING = indicator({ id: 'a40-declining', action: 40, title: 'Declining indicator', status: status({ code: 'declining', history: [{ cycle: '13MSP', code: 'declining' }] }) });
const NEEDS_ACCELERATION = indicator({
  id: 'a50-needs-acceleration',
  action: 50,
  title: 'Indicator that needs acceleration',
  status: status({ code: 'needs_acceleration', history: [{ cycle: '13MSP', code: 'needs_acceleration' }] }),
});

function stub(routes: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string) => {
    const path = url.split('?')[0] ?? url;
    const body = routes[path];
    if (body === undefined) return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }), { status: 404 });
    return json({ data: body });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const groups = () => [...document.querySelectorAll('.status-group')].map((g) => g.getAttribute('data-status'));
const listed = () => [...document.querySelectorAll('.indicator-item[data-indicator]')].map((e) => e.getAttribute('data-indicator'));
const renderFlagged = (route: string) =>
  renderClient(
    <Routes>
      <Route path="/flagged" element={<FlaggedPage />} />
    </Routes>,
    { route },
  );

describe('flagged: declining, stalled, off_track', () => {
  beforeEach(() => {
    stub({ [indicatorsApiPath('lap')]: [ON_TRACK, OFF_TRACK, NEEDS_ACCELERATION, STALLED, DECLINING], [pillarsApiPath('lap')]: [], [actionsApiPath('lap')]: [] });
  });

  it('the Flagged page lists only the flagged indicators, most severe first, and says how many of all', async () => {
    renderFlagged('/flagged');
    await screen.findByText('3 of 3 flagged indicators shown');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Flagged indicators');
    expect(screen.getByText('3 flagged indicators of 5: declining, stalled or too slow for the 3RC, most severe first.')).toBeInTheDocument();
    expect(groups()).toEqual(['declining', 'stalled', 'off_track']);
    expect(listed()).toEqual(['a40-declining', 'a20-stalled', 'a10-off-track']);
    // Its status filter offers the flagged statuses only.
    const options = within(screen.getByLabelText('Status')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['All flagged statuses', 'Declining', 'Stalled', 'Too slow for the 3RC']);
    expect(screen.getByRole('link', { name: 'All indicators by status' })).toHaveAttribute('href', '/flagged?view=all');
  });

  it('the all view (?view=all) groups off_track between stalled and needs acceleration, most severe first', async () => {
    renderFlagged('/flagged?view=all');
    await screen.findByText('5 indicators of 5 shown');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Indicators by status');
    expect(screen.getByText(/^All 5 indicators, most severe status first\./)).toBeInTheDocument();
    expect(groups()).toEqual(['declining', 'stalled', 'off_track', 'needs_acceleration', 'on_track']);
    const offTrack = within(screen.getByRole('region', { name: /Too slow for the 3RC/ }));
    expect(offTrack.getByRole('heading', { level: 2 })).toHaveTextContent('Too slow for the 3RC1');
    expect(offTrack.getByRole('link', { name: 'States Parties with national clearance plans' })).toHaveAttribute('href', '/indicators/a10-off-track');
    expect(within(screen.getByLabelText('Status')).getAllByRole('option')).toHaveLength(9);
    expect(screen.getByRole('link', { name: 'Only the flagged indicators' })).toHaveAttribute('href', '/flagged');
  });

  it('filters by ?status=off_track', async () => {
    renderFlagged('/flagged?status=off_track');
    await screen.findByText('1 of 3 flagged indicators shown');
    expect(screen.getByLabelText('Status')).toHaveValue('off_track');
    expect(listed()).toEqual(['a10-off-track']);
  });

  it('a status that is not flagged (?status=on_track, an address from before the views) shows it in the all view', async () => {
    renderFlagged('/flagged?status=on_track');
    await screen.findByText('1 indicator of 5 shown');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Indicators by status');
    expect(screen.getByLabelText('Status')).toHaveValue('on_track');
    expect(listed()).toEqual(['a30-on-track']);
    // Back to the flagged ones, which have no such status: the pillar and the search are kept, the status is not.
    expect(screen.getByRole('link', { name: 'Only the flagged indicators' })).toHaveAttribute('href', '/flagged');
  });

  it('the link to the other view keeps the filters it can show', async () => {
    const { unmount } = renderFlagged('/flagged?status=stalled&q=indicator');
    await screen.findByText('1 of 3 flagged indicators shown');
    expect(screen.getByRole('link', { name: 'All indicators by status' })).toHaveAttribute('href', '/flagged?status=stalled&q=indicator&view=all');
    unmount();
    renderFlagged('/flagged?view=all&status=needs_acceleration&q=indicator');
    await screen.findByText('1 indicator of 5 shown');
    expect(screen.getByRole('link', { name: 'Only the flagged indicators' })).toHaveAttribute('href', '/flagged?q=indicator');
  });

  it('an off_track item names its status once, says since when it has been flagged and marks its figure under review', () => {
    renderClient(<IndicatorItem indicator={OFF_TRACK} />);
    const card = document.querySelector('.indicator-item');
    expect(card?.querySelector('.status-badge')).toHaveTextContent('Too slow for the 3RC');
    expect(screen.getByText('Flagged since 12MSP')).toBeInTheDocument();
    expect(card?.textContent?.split('Too slow for the 3RC')).toHaveLength(2);
    expect(screen.getByText('Under review by the ISU: 13MSP')).toBeInTheDocument();
  });

  it('a figure the rule cannot use is given as the document states it, never "no figure"', () => {
    const base = status({ code: 'insufficient_data', history: [{ cycle: '13MSP', code: 'insufficient_data' }] });
    const unusable = { ...base, inputs: { ...base.inputs, latestCycle: null, nk: null, pk: null } };
    const bound = indicator({ id: 'a18-bound', status: unusable, observations: [observation({ cycle: '13MSP', spanFrom: '10MSP', value: 8, qualifier: 'at_least', denominator: 10 })] });
    const { unmount } = renderClient(<IndicatorItem indicator={bound} />);
    const meta = () => document.querySelector('.indicator-item__meta')?.textContent ?? '';
    expect(meta()).toMatch(/· at least 8 of 10 over 10MSP–13MSP$/);
    expect(meta()).not.toContain('No figure');
    unmount();
    renderClient(<IndicatorItem indicator={indicator({ id: 'a19-none', status: unusable, observations: [observation({ cycle: '13MSP', reporting: 'not_reported' })] })} />);
    expect(meta()).toMatch(/· No figure reported yet$/);
  });
});

function IndicatorConflicts({ id }: { id: string }) {
  const conflicts = useIndicatorConflicts(id);
  return conflicts.data ? <ConflictList conflicts={conflicts.data} /> : <p>loading</p>;
}

describe('conflicts of an indicator', () => {
  const shared: Conflict = conflict({ id: 'shared-conflict', indicators: ['a27-re-integrated', 'a28-re-reach'], description: 'Two paragraphs disagree on both indicators.' });
  const other: Conflict = conflict({ id: 'other-conflict', indicators: ['a29-other'], description: 'Concerns another indicator only.' });

  it.each(['a27-re-integrated', 'a28-re-reach'])('come from conflict.indicators: %s lists the conflict it shares', async (id) => {
    stub({ '/api/v1/conflicts': [shared, other] });
    renderClient(<IndicatorConflicts id={id} />);
    expect(await screen.findByText('Two paragraphs disagree on both indicators.')).toBeInTheDocument();
    expect(screen.queryByText('Concerns another indicator only.')).toBeNull();
    expect(document.getElementById('conflict-shared-conflict')).not.toBeNull();
  });

  it('an indicator no conflict names lists none', async () => {
    stub({ '/api/v1/conflicts': [shared, other] });
    const unnamed: Indicator = indicator({ id: 'a99-none' });
    renderClient(<IndicatorConflicts id={unnamed.id} />);
    await vi.waitFor(() => expect(screen.queryByText('loading')).toBeNull());
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('a conflict over many indicators', () => {
  const wide: Conflict = conflict({
    id: 'footnote-4',
    indicators: ['a1', 'a2', 'a27-re-integrated'],
    description: 'Footnote 4 says the figures reflect 10MSP–12MSP; many paragraphs give 13MSP figures.',
    statements: [
      { paragraph: 6, says: 'The figures primarily reflect 10MSP to 12MSP.', quote: 'primarily reflect the period' },
      { paragraph: 14, says: 'A figure for 13MSP (Action 1).', quote: 'seven (7) at the 13MSP' },
      { paragraph: 15, says: 'A figure for 13MSP (Action 2).', quote: 'nine (9) at the 13MSP' },
      { paragraph: 123, says: 'A figure for 13MSP (Action 27).', quote: 'ten (10) during the 12MSP and 13MSP cycles' },
      { paragraph: 125, says: 'A figure for 13MSP (Action 29).', quote: 'seven (7) during the 13MSP cycle' },
    ],
  });

  it('shows its lead statement and this indicator’s, with the others behind a disclosure', () => {
    renderClient(<ConflictList conflicts={[wide]} paragraphs={[123]} />);
    const item = document.getElementById('conflict-footnote-4');
    expect(item).not.toBeNull();
    if (!item) return;
    const visible = within(item).getAllByRole('listitem').filter((li) => !li.closest('details'));
    expect(visible.map((li) => li.textContent)).toEqual([expect.stringContaining('primarily reflect'), expect.stringContaining('Action 27')]);
    expect(within(item).getByText('Show 3 more statements, about other indicators')).toBeInTheDocument();
  });

  it('a conflict with few statements shows them all', () => {
    renderClient(<ConflictList conflicts={[conflict()]} paragraphs={[123]} />);
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('.conflict__statements'))).toHaveLength(2);
    expect(screen.queryByText(/more statement/)).toBeNull();
  });
});
