// Plans over time on the public pages: the indicator's chain across plans (in words, with links, and on one chart with
// a break line between the plans), the header's plan switcher, and the overview of an ended plan and of the current one.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { STATUS_CODES } from '@ccm/shared/schemas/common';
import type { ActionPlan, Cycle, Summary } from '@ccm/shared/schemas/api';
import { setLanguage } from '../../client/src/i18n/index.ts';
import { planSwitchPath } from '../../client/src/app/plan-switcher.tsx';
import { IndicatorChartFigure } from '../../client/src/components/charts/indicator-chart-figure.tsx';
import type { FigureChain } from '../../client/src/components/charts/indicator-figure.tsx';
import { IndicatorPage } from '../../client/src/features/indicator/components/indicator-page.tsx';
import { planCycles } from '../../client/src/lib/cycles.ts';
import { actionPlan, CYCLES, indicator, observation, status, stubApi } from '../helpers/client-fixtures.ts';
import { renderApp, renderClient } from '../helpers/client-render.tsx';

afterEach(async () => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  await act(() => setLanguage('en'));
});

const plan = (overrides: Partial<ActionPlan> & Pick<ActionPlan, 'code'>): ActionPlan => actionPlan(overrides);

/** The LAP alone, as today. */
const LAP_ONLY = plan({ code: 'LAP' });
/** Once the next plan is published: the LAP has ended, the NAP is current. */
const LAP = plan({ code: 'LAP', current: false, ended: true });
const NAP = plan({
  code: 'NAP',
  title: 'Next Action Plan',
  adoptedAt: '2026-11-20',
  startYear: 2027,
  endYear: 2031,
  deadlineCycle: '4RC',
  cycles: ['N1MSP', 'N2MSP', 'N3MSP', '4RC'],
  previousPlan: 'LAP',
  publishedAt: '2026-11-20',
});

const NAP_CYCLES: Cycle[] = NAP.cycles.map((code, ordinal) => ({ ...CYCLES[0]!, code, actionPlan: 'NAP', ordinal, year: 2027 + ordinal, meeting: `Meeting ${code}`, isDeadline: code === '4RC' }));

const NOTE = 'Measured against a narrower population.';
const LAP_INDICATOR = indicator({
  lineage: {
    predecessor: null,
    successors: [{ indicator: 'nap-a27-fixture', plan: 'NAP', relation: 'revised', note: null }],
  },
});
const NAP_INDICATOR = indicator({
  id: 'nap-a27-fixture',
  actionPlan: 'NAP',
  title: 'States Parties with a national risk education measure',
  observations: [observation({ cycle: 'N1MSP', value: 2, denominator: 10 }), observation({ cycle: 'N2MSP', value: 3, denominator: 10 })],
  status: status({ code: 'needs_acceleration', inputs: { ...status().inputs, deadlineCycle: '4RC' }, history: [{ cycle: 'N2MSP', code: 'needs_acceleration' }] }),
  lineage: { predecessor: { indicator: 'a27-re-integrated', plan: 'LAP', relation: 'revised', note: NOTE }, successors: [] },
});
const DISCONTINUED = indicator({
  id: 'a28-tailored-re',
  action: 28,
  title: 'States Parties delivering tailored risk education',
  lineage: { predecessor: null, successors: [{ indicator: null, plan: 'NAP', relation: 'discontinued', note: 'Not carried into the next plan.' }] },
});

function summary(actionPlan: ActionPlan): Summary {
  return {
    actionPlan,
    latestCycle: null,
    dataVersion: 3,
    updatedAt: null,
    indicatorCount: 0,
    counts: Object.fromEntries(STATUS_CODES.map((c) => [c, 0])) as Summary['counts'],
    pillars: [],
  };
}

const asked = (fetchMock: ReturnType<typeof stubApi>) => fetchMock.mock.calls.map(([url]) => url.split('?')[0]);

/** Both plans published, with their cycles and the three chained indicators. */
const TWO_PLANS = {
  '/api/v1/action-plans': [LAP, NAP],
  '/api/v1/action-plans/lap/cycles': CYCLES,
  '/api/v1/action-plans/nap/cycles': NAP_CYCLES,
  '/api/v1/action-plans/lap/summary': summary(LAP),
  '/api/v1/action-plans/nap/summary': summary(NAP),
  '/api/v1/indicators/a27-re-integrated': LAP_INDICATOR,
  '/api/v1/indicators/nap-a27-fixture': NAP_INDICATOR,
  '/api/v1/indicators/a28-tailored-re': DISCONTINUED,
  '/api/v1/conflicts': [],
};

function renderIndicatorPage(id: string) {
  return renderClient(
    <Routes>
      <Route path="/indicators/:id" element={<IndicatorPage />} />
    </Routes>,
    { route: `/indicators/${id}` },
  );
}

/** The app's own route table in memory, as the browser router would run it. */
describe('the indicator’s chain across plans, in words', () => {
  it('a NAP indicator says which LAP indicator it continues, how and why, with a link to it', async () => {
    stubApi(TWO_PLANS);
    renderIndicatorPage('nap-a27-fixture');
    const line = await screen.findByText((_, element) => element?.getAttribute('data-lineage') === 'predecessor');
    await vi.waitFor(() =>
      expect(line).toHaveTextContent(`Continues LAP indicator ${LAP_INDICATOR.title} (revised): ${NOTE}`),
    );
    expect(within(line).getByRole('link', { name: LAP_INDICATOR.title })).toHaveAttribute('href', '/indicators/a27-re-integrated');
    expect(screen.getByRole('group', { name: 'Across plans' })).toContainElement(line);
    // The chart's figures table lists the LAP's rows under their own caption, before the NAP's.
    const captions = () => [...document.querySelectorAll('.chart-figure__data caption')].map((c) => c.textContent);
    await vi.waitFor(() => expect(captions()).toEqual([`LAP figures: ${LAP_INDICATOR.title}`, `NAP figures: ${NAP_INDICATOR.title}`]));
  });

  it('a LAP indicator says what it was continued as, and in which plan; a discontinued one says so, with the note', async () => {
    stubApi(TWO_PLANS);
    renderIndicatorPage('a27-re-integrated');
    const line = await screen.findByText((_, element) => element?.getAttribute('data-lineage') === 'successor');
    await vi.waitFor(() => expect(line).toHaveTextContent(`Continued as ${NAP_INDICATOR.title} in Next Action Plan (revised).`));
    expect(within(line).getByRole('link', { name: NAP_INDICATOR.title })).toHaveAttribute('href', '/indicators/nap-a27-fixture');
    // Its cycles, pillar and action are the LAP's own, and its breadcrumb leads to the LAP's overview (no longer `/`).
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/plans/lap');
    expect(screen.getByRole('link', { name: 'Action 27' })).toHaveAttribute('href', '/plans/lap/actions/27');

    renderIndicatorPage('a28-tailored-re');
    const gone = await screen.findByText((_, element) => element?.getAttribute('data-lineage') === 'discontinued');
    await vi.waitFor(() => expect(gone).toHaveTextContent('Discontinued in Next Action Plan: Not carried into the next plan.'));
  });

  it('an indicator outside the crosswalk shows no chain, and its page asks for nothing of another plan', async () => {
    const fetchMock = stubApi({ ...TWO_PLANS, '/api/v1/action-plans': [LAP_ONLY], '/api/v1/indicators/a27-re-integrated': indicator() });
    renderIndicatorPage('a27-re-integrated');
    expect(await screen.findByRole('heading', { level: 1, name: indicator().title })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Across plans' })).toBeNull();
    expect(document.querySelector('[data-lineage]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/');
    expect(asked(fetchMock).filter((path) => path?.includes('nap'))).toEqual([]);
  });
});

describe('the chain on the chart', () => {
  const chain: FigureChain = {
    previous: LAP_INDICATOR,
    previousCycles: planCycles(CYCLES),
    previousPlan: { code: 'LAP', name: 'Lausanne Action Plan' },
    plan: { code: 'NAP', name: 'Next Action Plan' },
    relation: 'revised',
  };
  const renderFigure = (withChain: FigureChain | null, width = 1000) =>
    renderClient(
      <IndicatorChartFigure indicator={NAP_INDICATOR} cycles={planCycles(NAP_CYCLES)} caption="Chart" width={width} height={320} chain={withChain} />,
    );

  // The reader has started using the page (a pointer move): recharts draws the chart in place of its static drawing,
  // once its code has loaded; the tests below then see recharts' chart at once.
  beforeAll(async () => {
    window.dispatchEvent(new Event('pointermove'));
    const { container, unmount } = renderFigure(null);
    await waitFor(() => expect(container.querySelector('svg.recharts-surface')).not.toBeNull());
    unmount();
  });

  it('draws the LAP’s figures first, then a break line labelled with both plans and the relation, then the NAP’s', () => {
    const { container } = renderFigure(chain);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(['10MSP', '11MSP', '12MSP', '13MSP', '3RC', 'N1MSP', 'N2MSP', 'N3MSP', '4RC']);
    const previous = [...container.querySelectorAll('[data-testid="point"][data-previous-plan="true"]')].map((p) => p.getAttribute('data-cycle'));
    expect(previous).toEqual(['10MSP', '11MSP', '12MSP', '13MSP']);
    const own = [...container.querySelectorAll('[data-testid="point"]:not([data-previous-plan])')].map((p) => p.getAttribute('data-cycle'));
    expect(own).toEqual(['N1MSP', 'N2MSP']);

    const line = container.querySelector('[data-testid="plan-break"]');
    expect(line).toHaveAttribute('data-relation', 'revised');
    expect(line?.querySelector('title')?.textContent).toBe('Lausanne Action Plan → Next Action Plan: revised');
    expect(within(line as HTMLElement).getByTestId('plan-break-label')).toHaveTextContent('Lausanne Action Plan → Next Action Plan: revised');
    // The break sits between the LAP's last cycle and the NAP's first; the LAP's band is named with its code.
    const x = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));
    const lapLast = container.querySelector('[data-testid="point"][data-cycle="13MSP"]');
    const napFirst = container.querySelector('[data-testid="point"][data-cycle="N1MSP"]');
    expect(x(line?.querySelector('line'), 'x1')).toBeGreaterThan(x(lapLast, 'cx'));
    expect(x(line?.querySelector('line'), 'x1')).toBeLessThan(x(napFirst, 'cx'));
    expect(container.querySelector('[data-testid="previous-plan-label"]')?.textContent).toBe('LAP');

    // The accessible alternatives say the same: the SVG's name, the legend and a table per plan.
    expect(container.querySelector('svg.recharts-surface > title')?.textContent).toBe(`${NAP_INDICATOR.title} (Lausanne Action Plan → Next Action Plan: revised)`);
    const legend = within(screen.getByRole('list', { name: 'Legend' }));
    expect(legend.getByText('Figures of the LAP indicator it continues')).toBeInTheDocument();
    expect(legend.getByText('Change of plan')).toBeInTheDocument();
    const tables = screen.getAllByRole('table', { hidden: true });
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([`LAP figures: ${LAP_INDICATOR.title}`, `NAP figures: ${NAP_INDICATOR.title}`]);
    expect(within(tables[0]!).getAllByRole('rowheader', { hidden: true }).map((r) => r.textContent)).toEqual(['10MSP', '11MSP', '12MSP', '13MSP']);
  });

  it('on a narrow chart, the break line is labelled with the plans’ codes (its full label stays its title)', () => {
    const { container } = renderFigure(chain, 340);
    const line = container.querySelector('[data-testid="plan-break"]');
    expect(within(line as HTMLElement).getByTestId('plan-break-label')).toHaveTextContent('LAP → NAP: revised');
    expect(line?.querySelector('title')?.textContent).toBe('Lausanne Action Plan → Next Action Plan: revised');
  });

  it('without a chain the chart is as before: no break, no band, one table', () => {
    const { container } = renderFigure(null);
    expect(container.querySelector('[data-testid="plan-chain"]')).toBeNull();
    expect(container.querySelector('[data-previous-plan]')).toBeNull();
    expect(container.querySelector('svg.recharts-surface > title')?.textContent).toBe(NAP_INDICATOR.title);
    expect(screen.getAllByRole('table', { hidden: true })).toHaveLength(1);
  });
});

describe('the plan switcher', () => {
  it('leads to the same kind of page in the chosen plan where there is one, else to its overview', () => {
    expect(planSwitchPath('/plans/lap', 'NAP')).toBe('/plans/nap');
    expect(planSwitchPath('/', 'LAP')).toBe('/plans/lap');
    expect(planSwitchPath('/plans/lap/results', 'NAP')).toBe('/plans/nap/results');
    expect(planSwitchPath('/plans/nap/changes/', 'LAP')).toBe('/plans/lap/changes');
    expect(planSwitchPath('/plans/lap/pillars/risk-education', 'NAP')).toBe('/plans/nap');
    expect(planSwitchPath('/plans/lap/actions/27', 'NAP')).toBe('/plans/nap');
    expect(planSwitchPath('/indicators/a27-re-integrated', 'NAP')).toBe('/plans/nap');
  });

  it('lists both published plans with their periods, marks the one being read, and navigates (the language kept)', async () => {
    const user = userEvent.setup();
    stubApi(TWO_PLANS);
    const router = renderApp('/plans/lap?lang=en');
    const toggle = await screen.findByRole('button', { name: 'Plan LAP 2021–2026' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(list).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const plans = within(screen.getByRole('list', { name: 'Action plans' }));
    const links = plans.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Lausanne Action Plan 2021–2026', 'Next Action Plan 2027–2031 current']);
    expect(links[0]).toHaveAttribute('aria-current', 'true');
    expect(links[1]).toHaveAttribute('href', '/plans/nap?lang=en');

    // Escape closes the list and gives focus back to the toggle.
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(screen.getByRole('list', { name: 'Action plans' })).getByRole('link', { name: /Next Action Plan/ }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/plans/nap'));
    expect(await screen.findByRole('button', { name: 'Plan NAP 2027–2031' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('with one plan, shows its name as text and no switcher', async () => {
    stubApi({ '/api/v1/action-plans': [LAP_ONLY], '/api/v1/action-plans/lap/summary': summary(LAP_ONLY) });
    renderApp('/');
    expect(await screen.findByText('Lausanne Action Plan', { selector: '.plan-switch__name' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Plan/ })).toBeNull();
    // The app's title names no plan; the overview names the one it shows.
    expect(screen.getByRole('link', { name: /Action plan dashboard/ })).toHaveAttribute('href', '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lausanne Action Plan: progress by indicator' })).toBeInTheDocument();
  });
});

describe('the overview of each plan', () => {
  it('an ended plan says so, keeps its pages as its record, and links to the current plan', async () => {
    stubApi(TWO_PLANS);
    renderApp('/plans/lap');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lausanne Action Plan: progress by indicator' })).toBeInTheDocument();
    const notice = await screen.findByText((_, element) => element?.getAttribute('data-plan-ended') === 'LAP');
    await vi.waitFor(() =>
      expect(notice).toHaveTextContent('This plan ended at the 3RC (2026); its pages are kept as its record. The current plan is Next Action Plan 2027–2031.'),
    );
    expect(within(notice).getByRole('link', { name: 'Next Action Plan 2027–2031' })).toHaveAttribute('href', '/plans/nap');
  });

  it('`/` is the current plan’s (the list of plans says which), with links to the earlier plan and its results', async () => {
    const fetchMock = stubApi(TWO_PLANS);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Next Action Plan: progress by indicator' })).toBeInTheDocument();
    const earlier = screen.getByText((_, element) => element?.classList.contains('plan-earlier') ?? false);
    expect(earlier).toHaveTextContent('Earlier plans: Lausanne Action Plan 2021–2026 — its results');
    expect(within(earlier).getByRole('link', { name: 'Lausanne Action Plan 2021–2026' })).toHaveAttribute('href', '/plans/lap');
    expect(within(earlier).getByRole('link', { name: 'its results' })).toHaveAttribute('href', '/plans/lap/results');
    expect(screen.queryByText(/This plan ended/)).toBeNull();
    // The LAP's figures were never asked for: `/` waited for the list of plans.
    expect(asked(fetchMock)).toContain('/api/v1/action-plans/nap/summary');
    expect(asked(fetchMock)).not.toContain('/api/v1/action-plans/lap/summary');
  });

  it('in Arabic, the notice and the switcher are translated', async () => {
    await act(() => setLanguage('ar'));
    stubApi(TWO_PLANS);
    renderApp('/plans/lap?lang=ar');
    const notice = await screen.findByText((_, element) => element?.getAttribute('data-plan-ended') === 'LAP');
    await vi.waitFor(() => expect(notice).toHaveTextContent(/انتهت هذه الخطة/));
    expect(await screen.findByRole('button', { name: /^الخطة LAP/ })).toBeInTheDocument();
  });
});
