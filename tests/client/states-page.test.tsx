// The States pages: the list's search (names in every language, accents and case ignored, and codes) and its sortable
// table; a State's page with its events and every figure and series point naming it; the indicator page's
// "Who is counted" with the States a figure counts and how many it leaves unnamed; the routes and the navigation link.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { State, StateDetail } from '@ccm/shared/schemas/states';
import { setLanguage } from '../../client/src/i18n/index.ts';
import { StatesPage } from '../../client/src/features/states/components/states-page.tsx';
import { StatePage } from '../../client/src/features/states/components/state-page.tsx';
import { stateApiPath } from '../../client/src/features/states/api/get-state.ts';
import { WhoIsCounted } from '../../client/src/features/indicator/components/who-is-counted.tsx';
import { statesApiPath } from '../../client/src/lib/api/get-states.ts';
import { indicator, json, observation, stubApi } from '../helpers/client-fixtures.ts';
import { renderApp, renderClient } from '../helpers/client-render.tsx';

afterEach(async () => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  await act(() => setLanguage('en'));
});

const english = { lang: 'en', fallback: [] };
const state = (code: string, names: State['names'], overrides: Partial<State> = {}): State => ({
  code,
  name: names.en,
  names,
  shortName: null,
  status: 'state_party',
  events: [],
  namedIn: 0,
  i18n: english,
  ...overrides,
});

const LEBANON = state('LBN', { en: 'Lebanon', fr: 'Liban', es: 'Líbano', ar: 'لبنان' }, { namedIn: 3 });
const LAOS = state('LAO', { en: 'Lao People’s Democratic Republic', fr: 'République démocratique populaire lao', es: 'República Democrática Popular Lao', ar: 'جمهورية لاو الديمقراطية الشعبية' }, { shortName: 'Lao PDR', namedIn: 5 });
const LITHUANIA = state('LTU', { en: 'Lithuania', fr: 'Lituanie', es: 'Lituania', ar: 'ليتوانيا' }, { status: 'withdrawn', namedIn: 1 });
const STATES = [LAOS, LEBANON, LITHUANIA];
const inFrench = (s: State): State => ({ ...s, name: s.names.fr, i18n: { lang: 'fr', fallback: [] } });

const namesInTable = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('the States list', () => {
  it('finds Lebanon by its French name in French, accents and case aside, and by its code', async () => {
    await act(() => setLanguage('fr'));
    stubApi({ [statesApiPath()]: (lang: string) => (lang === 'fr' ? STATES.map(inFrench) : STATES) });
    const user = userEvent.setup();
    renderClient(<StatesPage />, { route: '/states?lang=fr' });
    const search = await screen.findByRole('searchbox', { name: 'Rechercher par nom ou par code' });
    await screen.findByRole('table');
    await user.type(search, 'liban');
    expect(namesInTable()).toEqual(['Liban']);
    expect(screen.getByRole('link', { name: 'Liban' })).toHaveAttribute('href', expect.stringContaining('/states/lbn'));
    await user.clear(search);
    await user.type(search, 'LIBANO');
    expect(namesInTable()).toEqual(['Liban']);
    await user.clear(search);
    await user.type(search, 'ltu');
    expect(namesInTable()).toEqual(['Lituanie']);
    await user.clear(search);
    await user.type(search, 'Atlantide');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0');
  });

  it('finds a State by its English name and the Convention’s short name whatever the language', async () => {
    stubApi({ [statesApiPath()]: STATES });
    const user = userEvent.setup();
    renderClient(<StatesPage />, { route: '/states' });
    const search = await screen.findByRole('searchbox', { name: 'Search by name or code' });
    await screen.findByRole('table');
    await user.type(search, 'lao pdr');
    expect(namesInTable()).toEqual(['Lao People’s Democratic Republic']);
  });

  it('sorts by name, code, status and figures, saying so with aria-sort', async () => {
    stubApi({ [statesApiPath()]: STATES });
    const user = userEvent.setup();
    renderClient(<StatesPage />, { route: '/states' });
    await screen.findByRole('table');
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(namesInTable()).toEqual(['Lao People’s Democratic Republic', 'Lebanon', 'Lithuania']);

    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(namesInTable()).toEqual(['Lithuania', 'Lebanon', 'Lao People’s Democratic Republic']);

    await user.click(screen.getByRole('button', { name: /Figures naming it/ }));
    expect(header('Figures naming it')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Name')).toHaveAttribute('aria-sort', 'none');
    expect(namesInTable()).toEqual(['Lithuania', 'Lebanon', 'Lao People’s Democratic Republic']);
    await user.click(screen.getByRole('button', { name: /Figures naming it/ }));
    expect(namesInTable()).toEqual(['Lao People’s Democratic Republic', 'Lebanon', 'Lithuania']);

    await user.click(screen.getByRole('button', { name: /Code/ }));
    expect(namesInTable()).toEqual(['Lao People’s Democratic Republic', 'Lebanon', 'Lithuania']);
    await user.click(screen.getByRole('button', { name: /Status/ }));
    expect(namesInTable().at(-1)).toBe('Lithuania');
    expect(within(screen.getByRole('table')).getByText('Withdrawn')).toBeInTheDocument();
  });
});

const DETAIL: StateDetail = {
  ...LEBANON,
  events: [
    { kind: 'signed', date: '2008-12-03', source: { document: 'Doc', paragraph: 11, quote: 'Lebanon signed the Convention.' }, note: null },
    { kind: 'state_party', date: '2011-11', source: { document: 'Doc', paragraph: 12, quote: 'Lebanon became a State Party.' }, note: null },
  ],
  namedIn: 3,
  mentions: [
    { kind: 'figure', indicator: 'a27-re-integrated', actionPlan: 'LAP', action: 27, title: 'States Parties integrating risk education', titleFallback: false, measure: null, series: null, cycle: '10MSP', spanFrom: null, period: null, counted: 'counted', source: { document: 'Doc', paragraph: 92, quote: 'Lebanon and the Lao PDR integrated risk education.' } },
    { kind: 'figure', indicator: 'a27-re-integrated', actionPlan: 'LAP', action: 27, title: 'States Parties integrating risk education', titleFallback: false, measure: null, series: null, cycle: '11MSP', spanFrom: null, period: null, counted: 'not_counted', source: { document: 'Doc', paragraph: 93, quote: null } },
    { kind: 'series', indicator: null, actionPlan: null, action: null, title: 'Membership', titleFallback: false, measure: 'states-parties', series: 'membership', cycle: null, spanFrom: null, period: '2023', counted: null, source: { document: 'Doc', paragraph: 5, quote: 'Lebanon is listed.' } },
  ],
};

describe('a State’s page', () => {
  function renderStatePage(route: string) {
    return renderClient(
      <Routes>
        <Route path="/states/:code" element={<StatePage />} />
      </Routes>,
      { route },
    );
  }

  it('shows its name, code and status with its events, and every figure naming it by indicator and cycle', async () => {
    stubApi({ [stateApiPath('LBN')]: DETAIL });
    renderStatePage('/states/lbn');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lebanon' })).toBeInTheDocument();
    expect(screen.getByText('ISO code LBN')).toBeInTheDocument();
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('State Party', { selector: 'strong' })).toBeInTheDocument();
    expect(within(status).getAllByRole('listitem')).toHaveLength(2);
    expect(within(status).getByText('Lebanon signed the Convention.')).toBeInTheDocument();
    expect(within(status).getByText('¶ 11').closest('summary')).not.toBeNull();

    const mentions = screen.getByRole('region', { name: 'Figures that name this State' });
    const link = within(mentions).getByRole('link', { name: 'States Parties integrating risk education' });
    expect(link).toHaveAttribute('href', '/indicators/a27-re-integrated');
    const figure = link.closest('li');
    if (!figure) throw new Error('no figure item');
    expect(within(figure).getByText('10MSP')).toBeInTheDocument();
    expect(within(figure).getByText('11MSP')).toBeInTheDocument();
    expect(within(figure).getByText('Lebanon and the Lao PDR integrated risk education.')).toBeInTheDocument();
    expect(within(mentions).getByRole('link', { name: /membership/i })).toHaveAttribute('href', expect.stringContaining('/series/membership'));
    expect(within(mentions).getByText('2023')).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown State', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No State "XYZ".' }, { status: 404 })));
    renderStatePage('/states/xyz');
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Lebanon');
  });
});

describe('who is counted, on the indicator page', () => {
  const counted = (states: string[], value: number) => ({
    states,
    complete: states.length === value,
    unnamed: value - states.length,
    missing: null,
    source: { document: 'Doc', paragraph: 92, quote: 'Lebanon and the Lao PDR.' },
  });

  it('lists per cycle the States counted, linked to their pages, and how many are not named', async () => {
    stubApi({ [statesApiPath()]: STATES });
    const data = indicator({
      observations: [
        observation({ cycle: '10MSP', value: 8, counted: counted(['LAO', 'LBN'], 8) }),
        observation({ cycle: '11MSP', value: 2, counted: counted(['LAO', 'LBN'], 2) }),
        observation({ cycle: '12MSP', value: 8 }),
      ],
    });
    renderClient(<WhoIsCounted indicator={data} />);
    const panel = screen.getByRole('region', { name: 'The States counted, cycle by cycle' });
    expect(await within(panel).findAllByRole('link', { name: 'Lebanon' })).toHaveLength(2);
    expect(within(panel).getAllByRole('link', { name: 'Lao People’s Democratic Republic' })[0]).toHaveAttribute('href', '/states/lao');
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-cycle'))).toEqual(['10MSP', '11MSP']);
    expect(items[0]).toHaveTextContent('and 6 not named');
    expect(items[1]).not.toHaveTextContent('not named');
  });

  const population = (states: string[]) => ({
    cycle: '13MSP',
    spanFrom: '10MSP',
    size: states.length,
    states,
    complete: states.length > 0,
    unnamed: 0,
    source: { document: 'Doc', paragraph: 138, quote: null },
    note: null,
    covers: 'span' as const,
  });
  const withheld = (value: number, missing: string[] | null) => ({ states: [], complete: false, unnamed: value, missing, source: { document: 'Doc', paragraph: 92, quote: null } });

  it('counts only: says the names are withheld, names no State of the figure nor of its population', async () => {
    stubApi({ [statesApiPath()]: STATES });
    const data = indicator({
      publicationLevel: 'counts_only',
      observations: [observation({ cycle: '12MSP', value: 2, counted: withheld(2, null), population: { ...population([]), size: 3, complete: false, unnamed: 3 } })],
      populationStates: { id: 'p', title: 'States Parties with victims', titleFallback: false, lists: [{ ...population([]), size: 3, complete: false, unnamed: 3 }], ledger: [] },
    });
    renderClient(<WhoIsCounted indicator={data} />);
    const panel = screen.getByRole('region', { name: 'The States counted, cycle by cycle' });
    expect(within(panel).getByText('2 States counted; names withheld by the ISU.')).toBeInTheDocument();
    expect(within(panel).getByText(/names withheld by the ISU$/)).toBeInTheDocument();
    expect(within(panel).queryAllByRole('link')).toEqual([]);
  });

  it('missing only: names who of the population is not counted, and no one as counted', async () => {
    stubApi({ [statesApiPath()]: STATES });
    const data = indicator({
      publicationLevel: 'missing_only',
      observations: [observation({ cycle: '12MSP', value: 2, counted: withheld(2, ['LBN']), population: population(['LAO', 'LBN', 'AFG']) })],
    });
    renderClient(<WhoIsCounted indicator={data} />);
    const panel = screen.getByRole('region', { name: 'The States counted, cycle by cycle' });
    await within(panel).findByRole('link', { name: 'Lebanon' });
    const item = within(panel).getAllByRole('listitem')[0];
    expect(item).toHaveTextContent('2 States counted; names withheld by the ISU.');
    expect(item).toHaveTextContent('Not counted: Lebanon');
    expect(within(item as HTMLElement).getAllByRole('link').map((a) => a.textContent)).toEqual(['Lebanon']);
  });

  it('is not shown when no figure names a State', () => {
    const fetchMock = stubApi({});
    renderClient(<WhoIsCounted indicator={indicator()} />);
    expect(screen.queryByRole('region', { name: 'The States counted, cycle by cycle' })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the routes', () => {
  it('/states is in the main navigation, and its loader asks for the States', async () => {
    const fetchMock = stubApi({ [statesApiPath()]: STATES });
    renderApp('/states');
    expect(await screen.findByRole('heading', { level: 1, name: 'States' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'States' })).toHaveAttribute('href', '/states');
    await vi.waitFor(() => expect(fetchMock.mock.calls.map(([u]) => u)).toContain(`${statesApiPath()}?lang=en`));
    expect(await screen.findByRole('link', { name: 'Lebanon' })).toBeInTheDocument();
  });
});
