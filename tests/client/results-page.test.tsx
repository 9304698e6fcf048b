// A plan's record pages: the results (key figures, actions by pillar, what stayed flagged and what was never measured,
// a CSV in the reader's language) and the changes between plans (each relation in words), and the links to both.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, Route, Routes } from 'react-router';
import type { ActionPlan } from '@ccm/shared/schemas/api';
import type { CrosswalkEntry, PlanResults } from '@ccm/shared/schemas/plans';
import { setLanguage } from '../../client/src/i18n/index.ts';
import { createRoutes } from '../../client/src/app/router.tsx';
import { ResultsPage } from '../../client/src/features/results/components/results-page.tsx';
import { ChangesPage } from '../../client/src/features/results/components/changes-page.tsx';
import { PlanRecordLinks } from '../../client/src/components/ui/plan-record-links.tsx';
import { planResultsApiPath } from '../../client/src/features/results/api/get-plan-results.ts';
import { planChangesPath, planResultsPath } from '../../client/src/lib/page-paths.ts';
import { actionPlan, json, stubApi } from '../helpers/client-fixtures.ts';
import { renderClient, renderRouter } from '../helpers/client-render.tsx';

afterEach(async () => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  await act(() => setLanguage('en'));
});

const plan = (overrides: Partial<ActionPlan>): ActionPlan => actionPlan({ adoptedAt: '2RC (2020/2021)', startYear: 2022, ...overrides });
const LAP = plan({});
const NAP = plan({ code: 'NAP', title: 'Next Action Plan (test fixture)', startYear: 2027, endYear: 2031, deadlineCycle: '4RC', previousPlan: 'LAP' });

const RESULTS: PlanResults = {
  plan: { code: 'LAP', title: 'Lausanne Action Plan', startYear: 2022, endYear: 2026, deadlineCycle: '3RC', ended: false },
  lastCycle: '13MSP',
  dataVersion: 7,
  updatedAt: '2026-11-30T10:00:00Z',
  indicatorCount: 4,
  reachedTarget: 1,
  flagged: [
    { id: 'a10-withdrawals', action: 10, title: 'States Parties withdrawing from the Convention', status: 'declining' },
    { id: 'a5-victims-in-delegations', action: 5, title: 'Victims in official delegations', status: 'stalled' },
  ],
  neverMeasured: { indicators: [{ id: 'a6-unmeasured', action: 6, title: 'An indicator without figures' }], actions: [{ number: 13, title: 'Environmentally responsible stockpile destruction' }] },
  actions: [
    {
      number: 5,
      title: 'Victims in delegations',
      pillar: 'guiding-principles',
      pillarName: 'Guiding principles',
      status: 'stalled',
      indicators: [{ id: 'a5-victims-in-delegations', title: 'Victims in official delegations', status: 'stalled', latest: '4 of 28 (14%) in 13MSP (¶30)' }],
    },
    {
      number: 6,
      title: 'Gender and diversity',
      pillar: 'guiding-principles',
      pillarName: 'Guiding principles',
      status: 'insufficient_data',
      indicators: [{ id: 'a6-unmeasured', title: 'An indicator without figures', status: 'insufficient_data', latest: null }],
    },
    {
      number: 10,
      title: 'Universalization',
      pillar: 'universalization',
      pillarName: 'Universalization',
      status: 'declining',
      indicators: [{ id: 'a10-withdrawals', title: 'States Parties withdrawing from the Convention', status: 'declining', latest: '1 States Parties in 13MSP (¶50)' }],
    },
    {
      number: 13,
      title: 'Environmentally responsible stockpile destruction',
      pillar: 'stockpile-destruction',
      pillarName: 'Stockpile destruction',
      status: null,
      indicators: [],
    },
    {
      number: 27,
      title: 'Risk education integrated',
      pillar: 'risk-education',
      pillarName: 'Risk Education',
      status: 'achieved',
      indicators: [{ id: 'a27-re-integrated', title: 'States Parties integrating risk education', status: 'achieved', latest: 'all 10 States Parties in 13MSP (¶123)' }],
    },
  ],
};

const CROSSWALK: CrosswalkEntry[] = [
  {
    id: 1,
    entity: 'indicator',
    fromPlan: 'LAP',
    from: 'a27-re-integrated',
    fromTitle: 'States Parties integrating risk education',
    toPlan: 'NAP',
    to: 'nap-a27-fixture',
    toTitle: 'States Parties with a fixture measure',
    relation: 'revised',
    note: 'Fixture: measured against a narrower population.',
  },
  {
    id: 2,
    entity: 'indicator',
    fromPlan: 'LAP',
    from: 'a28-tailored-re',
    fromTitle: 'Tailored risk education',
    toPlan: 'NAP',
    to: null,
    toTitle: null,
    relation: 'discontinued',
    note: null,
  },
  { id: 3, entity: 'action', fromPlan: 'LAP', from: '27', fromTitle: 'Risk education integrated', toPlan: 'NAP', to: '27', toTitle: 'Next plan action 27 (fixture)', relation: 'carried_over', note: null },
];

const renderResults = (route = '/plans/lap/results') =>
  renderClient(
    <Routes>
      <Route path="/plans/:plan/results" element={<ResultsPage />} />
    </Routes>,
    { route },
  );

const renderChanges = (route = '/plans/nap/changes') =>
  renderClient(
    <Routes>
      <Route path="/plans/:plan/changes" element={<ChangesPage />} />
    </Routes>,
    { route },
  );

const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement;

describe('the results page', () => {
  it('shows the plan, whether it has ended, the key figures, and each action by pillar with its final status', async () => {
    const fetchMock = stubApi({ [planResultsApiPath('lap')]: RESULTS });
    renderResults();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lausanne Action Plan: results' })).toBeInTheDocument();
    expect(screen.getByText('In progress: results so far, up to 13MSP.')).toBeInTheDocument();
    expect(figure('Indicators')).toHaveTextContent('4');
    expect(figure('Reached their target')).toHaveTextContent('1');
    expect(figure('Still flagged')).toHaveTextContent('2');
    // One indicator without figures and one action without an indicator.
    expect(figure('Never measured')).toHaveTextContent('2');

    const table = screen.getByRole('table', { name: 'Actions of Guiding principles: final status and indicators' });
    const row = within(table).getByRole('row', { name: /Action 5/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Action 5');
    expect(within(row).getByRole('link', { name: 'Victims in delegations' })).toHaveAttribute('href', '/plans/lap/actions/5');
    expect(within(row).getByRole('link', { name: 'Victims in official delegations' })).toHaveAttribute('href', '/indicators/a5-victims-in-delegations');
    expect(within(row).getAllByText('Stalled')).toHaveLength(2);
    expect(within(row).getByText('4 of 28 (14%) in 13MSP (¶30)')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Action', 'Title', 'Final status', 'Indicators and latest figures']);
    const bare = within(screen.getByRole('table', { name: /Stockpile destruction/ })).getByRole('row', { name: /Action 13/ });
    expect(within(bare).getAllByText('No indicator')).toHaveLength(2);
    expect(screen.getByText('No figure reported')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${planResultsApiPath('lap')}?lang=en`);
    // Headings in order: the page, its sections, the pillars within "Actions by pillar".
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let k = 1; k < levels.length; k++) expect((levels[k] ?? 0) - (levels[k - 1] ?? 0)).toBeLessThanOrEqual(1);
  });

  it('lists what stayed flagged, most severe first, and what was never measured, each linked to its page', async () => {
    stubApi({ [planResultsApiPath('lap')]: RESULTS });
    renderResults();
    const flagged = within((await screen.findByRole('heading', { level: 2, name: /^Still flagged/ })).closest('section') as HTMLElement);
    expect(flagged.getByText('2 indicators, most severe first.')).toBeInTheDocument();
    const items = flagged.getAllByRole('listitem');
    expect(items.map((li) => li.dataset.indicator)).toEqual(['a10-withdrawals', 'a5-victims-in-delegations']);
    expect(within(items[0] as HTMLElement).getByText('Declining')).toBeInTheDocument();
    expect(flagged.getByRole('link', { name: 'States Parties withdrawing from the Convention' })).toHaveAttribute('href', '/indicators/a10-withdrawals');
    expect(flagged.getByRole('link', { name: 'Action 10' })).toHaveAttribute('href', '/plans/lap/actions/10');

    const never = within(screen.getByRole('heading', { level: 2, name: 'Never measured' }).closest('section') as HTMLElement);
    expect(never.getByText('1 indicator has no reported figure:')).toBeInTheDocument();
    expect(never.getByRole('link', { name: 'An indicator without figures' })).toHaveAttribute('href', '/indicators/a6-unmeasured');
    expect(never.getByText('1 action has no indicator, as the document gives no figure for it:')).toBeInTheDocument();
    expect(never.getByRole('link', { name: 'Action 13: Environmentally responsible stockpile destruction' })).toHaveAttribute('href', '/plans/lap/actions/13');
  });

  it('the CSV link keeps the language, beside a Print button, and a print footer names page, plan, language and data date', async () => {
    const fetchMock = stubApi({ [planResultsApiPath('lap')]: RESULTS });
    await act(() => setLanguage('fr'));
    renderResults('/plans/lap/results?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan d’action de Lausanne\u00a0: résultats' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Télécharger les résultats (CSV)' })).toHaveAttribute('href', '/api/v1/action-plans/lap/results.csv?lang=fr');
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${planResultsApiPath('lap')}?lang=fr`);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    screen.getByRole('button', { name: 'Imprimer' }).click();
    expect(print).toHaveBeenCalledOnce();
    expect(document.querySelector('.plan-record__print-footer')?.textContent).toBe(
      'Plan d’action de Lausanne\u00a0: résultats · Plan d’action de Lausanne · Français · Dernière modification des données\u00a0: 30 novembre 2026',
    );
    // Internal links keep the language too.
    expect(screen.getByRole('link', { name: 'Changements par rapport au plan précédent' })).toHaveAttribute('href', '/plans/lap/changes?lang=fr');
  });

  it('an ended plan says its pages are its record; Arabic counts use their plural forms', async () => {
    stubApi({ [planResultsApiPath('lap')]: { ...RESULTS, plan: { ...RESULTS.plan, ended: true } } });
    await act(() => setLanguage('ar'));
    renderResults('/plans/lap/results?lang=ar');
    expect(await screen.findByText('انتهت هذه الخطة في 3RC؛ وتُحفظ صفحاتها سجلًّا لها.')).toBeInTheDocument();
    expect(screen.getByText('مؤشران، الأشد خطورة أولًا.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'تنزيل النتائج (CSV)' })).toHaveAttribute('href', '/api/v1/action-plans/lap/results.csv?lang=ar');
  });

  it('an unknown plan is "not found"', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No action plan "nope".' }, { status: 404 })));
    renderResults('/plans/nope/results');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('is a route of the app, its results asked for by the route’s loader', async () => {
    const fetchMock = stubApi({ '/api/v1/action-plans': [LAP], [planResultsApiPath('lap')]: RESULTS });
    // As in the app, a fresh answer is not asked for again when the page mounts: the one request is the loader's.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
    const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [planResultsPath('LAP')] });
    // The loader asks before anything is drawn.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledWith(`${planResultsApiPath('lap')}?lang=en`, expect.anything()));
    renderRouter(router, queryClient);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lausanne Action Plan: results' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => url === `${planResultsApiPath('lap')}?lang=en`)).toHaveLength(1);
  });
});

describe('the changes page', () => {
  it('shows each relation in words, grouped by indicators and actions, with both ends linked', async () => {
    const fetchMock = stubApi({ '/api/v1/crosswalk': CROSSWALK, '/api/v1/action-plans': [LAP, NAP] });
    renderChanges();
    expect(await screen.findByRole('heading', { level: 1, name: 'Next Action Plan (test fixture): changes between plans' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/v1/crosswalk?plan=nap&lang=en');

    const indicators = screen.getByRole('table', { name: 'Indicator changes into and out of the Next Action Plan (test fixture)' });
    expect(within(indicators).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Old plan', 'Old indicator', 'Relation', 'New plan', 'New indicator', 'Note']);
    const revised = within(indicators).getByRole('row', { name: /States Parties integrating risk education/ });
    expect(within(revised).getByText('Revised')).toBeInTheDocument();
    expect(within(revised).getByRole('link', { name: 'States Parties integrating risk education' })).toHaveAttribute('href', '/indicators/a27-re-integrated');
    expect(within(revised).getByRole('link', { name: 'States Parties with a fixture measure' })).toHaveAttribute('href', '/indicators/nap-a27-fixture');
    expect(within(revised).getByRole('link', { name: 'LAP' })).toHaveAttribute('href', '/plans/lap');
    expect(within(revised).getByText('Fixture: measured against a narrower population.')).toBeInTheDocument();
    const discontinued = within(indicators).getByRole('row', { name: /Tailored risk education/ });
    expect(within(discontinued).getByText('Discontinued')).toBeInTheDocument();
    expect(within(discontinued).getByText('None (discontinued)')).toBeInTheDocument();
    expect(within(discontinued).getByText('No note')).toBeInTheDocument();

    const actions = screen.getByRole('table', { name: 'Action changes into and out of the Next Action Plan (test fixture)' });
    const carried = within(actions).getAllByRole('row')[1] as HTMLElement;
    expect(within(carried).getByText('Carried over')).toBeInTheDocument();
    expect(within(carried).getByRole('link', { name: 'Action 27: Risk education integrated' })).toHaveAttribute('href', '/plans/lap/actions/27');
    expect(within(carried).getByRole('link', { name: 'Action 27: Next plan action 27 (fixture)' })).toHaveAttribute('href', '/plans/nap/actions/27');
    expect(screen.getByText('2 changes')).toBeInTheDocument();
    expect(screen.getByText('1 change')).toBeInTheDocument();

    // Every relation word is explained.
    const glossary = within(screen.getByRole('heading', { level: 2, name: 'What each relation means' }).closest('section') as HTMLElement);
    expect(glossary.getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Carried over', 'Revised', 'Replaced', 'New', 'Discontinued']);
  });

  it('in Spanish, the relations are in Spanish', async () => {
    stubApi({ '/api/v1/crosswalk': CROSSWALK, '/api/v1/action-plans': [LAP, NAP] });
    await act(() => setLanguage('es'));
    renderChanges('/plans/nap/changes?lang=es');
    const indicators = await screen.findByRole('table', { name: /^Cambios de indicadores/ });
    expect(within(indicators).getByText('Revisado')).toBeInTheDocument();
    expect(within(indicators).getByText('Suprimido')).toBeInTheDocument();
  });

  it('says so when no change has been recorded', async () => {
    stubApi({ '/api/v1/crosswalk': [], '/api/v1/action-plans': [LAP] });
    renderChanges('/plans/lap/changes');
    expect(await screen.findByText('No change has been recorded between the Lausanne Action Plan and another plan.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('links to the record pages', () => {
  it('name the results and the changes of the plan, and keep the language', async () => {
    await act(() => setLanguage('fr'));
    renderClient(<PlanRecordLinks plan="LAP" />, { route: '/plans/lap?lang=fr' });
    const nav = within(screen.getByRole('navigation', { name: 'Le bilan du plan' }));
    expect(nav.getByRole('link', { name: 'Résultats du plan' })).toHaveAttribute('href', '/plans/lap/results?lang=fr');
    expect(nav.getByRole('link', { name: 'Changements par rapport au plan précédent' })).toHaveAttribute('href', '/plans/lap/changes?lang=fr');
    expect(planChangesPath('NAP')).toBe('/plans/nap/changes');
  });
});
