// Plan-qualified page addresses: the one module that builds them, the redirects from the addresses of before plans
// were in URLs (query and hash kept), the plan check (unknown plan → not found) and the action page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { type createMemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Action } from '@ccm/shared/schemas/api';
import { setLanguage } from '../../client/src/i18n/index.ts';
import { LegacyPlanRedirect } from '../../client/src/app/plan-routes.tsx';
import { ActionPage } from '../../client/src/features/pillar/components/action-page.tsx';
import { actionApiPath } from '../../client/src/lib/api/get-action.ts';
import { cyclesApiPath } from '../../client/src/lib/api/get-cycles.ts';
import { indicatorsApiPath } from '../../client/src/lib/api/get-indicators.ts';
import { pillarsApiPath } from '../../client/src/lib/api/get-pillars.ts';
import { summaryApiPath } from '../../client/src/lib/api/get-summary.ts';
import {
  actionPath,
  briefingPath,
  embedIndicatorPath,
  flaggedPath,
  indicatorPath,
  legacyPagePath,
  pillarPath,
  planPath,
  seriesPath,
} from '../../client/src/lib/page-paths.ts';
import { actionPlan, CYCLES, indicator, json, pillar, stubApi } from '../helpers/client-fixtures.ts';
import { renderApp, renderClient } from '../helpers/client-render.tsx';

afterEach(async () => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  await act(() => setLanguage('en'));
});

const LAP = actionPlan({ paragraphs: [1] });

const PILLAR = pillar({ paragraphs: [90] });

const ACTION_27: Action = {
  number: 27,
  actionPlan: 'LAP',
  pillar: 'risk-education',
  secondaryPillars: [],
  title: 'Integrate risk education',
  summary: 'Integrate risk education into wider humanitarian, development, protection and education efforts.',
  paragraphs: [92, 93],
  document: 'Draft Review Document 2021-2025 v1.0',
  indicators: ['a27-re-integrated'],
  i18n: { lang: 'en', fallback: [] },
};

/** The app's own route table in memory, as the browser router would run it. */
const whereOf = (router: ReturnType<typeof createMemoryRouter>) => {
  const { pathname, search, hash } = router.state.location;
  return `${pathname}${search}${hash}`;
};

describe('page paths', () => {
  it('carry the plan in lower case, the pillar slug or action number inside it', () => {
    expect(planPath('LAP')).toBe('/plans/lap');
    expect(pillarPath('LAP', 'risk-education')).toBe('/plans/lap/pillars/risk-education');
    expect(pillarPath('lap', 'risk-education', { action: 27 })).toBe('/plans/lap/pillars/risk-education#action-27');
    expect(actionPath('LAP', 27)).toBe('/plans/lap/actions/27');
    expect(briefingPath('LAP', 'victim-assistance')).toBe('/plans/lap/briefings/victim-assistance');
  });

  it('leave indicators, embeds, the flagged list and series without a plan (their ids are unique across plans)', () => {
    expect(indicatorPath('a27-re-integrated')).toBe('/indicators/a27-re-integrated');
    expect(embedIndicatorPath('a27-re-integrated')).toBe('/embed/indicators/a27-re-integrated');
    expect(flaggedPath()).toBe('/flagged');
    expect(flaggedPath({ pillar: 'risk-education', status: 'stalled' })).toBe('/flagged?pillar=risk-education&status=stalled');
    // A status that is not flagged is listed in the all view only.
    expect(flaggedPath({ status: 'on_track' })).toBe('/flagged?view=all&status=on_track');
    expect(flaggedPath({ view: 'all' })).toBe('/flagged?view=all');
    expect(seriesPath()).toBe('/series');
    expect(seriesPath('isu-contributions')).toBe('/series/isu-contributions');
  });

  it('map the addresses of before plans were in URLs to the LAP’s pages, and nothing else', () => {
    expect(legacyPagePath('/pillars/risk-education')).toBe('/plans/lap/pillars/risk-education');
    expect(legacyPagePath('/pillars/risk-education/')).toBe('/plans/lap/pillars/risk-education');
    expect(legacyPagePath('/briefings/victim-assistance')).toBe('/plans/lap/briefings/victim-assistance');
    for (const other of ['/', '/pillars', '/pillars/a/b', '/indicators/a27-re-integrated', '/plans/lap/pillars/risk-education']) {
      expect(legacyPagePath(other), other).toBeNull();
    }
  });
});

describe('redirects from the addresses of before plans were in URLs', () => {
  function Where() {
    const { pathname, search, hash } = useLocation();
    return <p data-testid="where">{`${pathname}${search}${hash}`}</p>;
  }

  it.each([
    {
      title: '/pillars/risk-education?lang=fr ends at /plans/lap/pillars/risk-education?lang=fr, the hash kept',
      legacy: '/pillars/:slug',
      current: '/plans/:plan/pillars/:slug',
      from: '/pillars/risk-education?lang=fr#action-27',
      to: '/plans/lap/pillars/risk-education?lang=fr#action-27',
    },
    {
      title: '/briefings/:pillar ends at the LAP’s briefing, with every query parameter',
      legacy: '/briefings/:pillar',
      current: '/plans/:plan/briefings/:pillar',
      from: '/briefings/victim-assistance?lang=ar&print=1',
      to: '/plans/lap/briefings/victim-assistance?lang=ar&print=1',
    },
  ])('$title', async ({ legacy, current, from, to }) => {
    renderClient(
      <Routes>
        <Route path={legacy} element={<LegacyPlanRedirect />} />
        <Route path={current} element={<Where />} />
      </Routes>,
      { route: from },
    );
    expect(await screen.findByTestId('where')).toHaveTextContent(to);
  });

  it('the app’s route table redirects /pillars/… and /briefings/… in place (no history entry for the old address)', async () => {
    stubApi({ '/api/v1/action-plans': [LAP] });
    const router = renderApp('/pillars/risk-education?lang=fr#action-27');
    await vi.waitFor(() => expect(whereOf(router)).toBe('/plans/lap/pillars/risk-education?lang=fr#action-27'), { timeout: 5000 });
    expect(router.state.historyAction).toBe('REPLACE');
    await act(() => router.navigate('/briefings/risk-education?lang=en'));
    await vi.waitFor(() => expect(whereOf(router)).toBe('/plans/lap/briefings/risk-education?lang=en'), { timeout: 5000 });
  });
});

describe('the plan in the address', () => {
  it('an unknown plan shows the "not found" page', async () => {
    stubApi({ '/api/v1/action-plans': [LAP] });
    renderApp('/plans/no-such-plan/pillars/risk-education');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('a plan named in capitals goes to its lower-case address', async () => {
    stubApi({ '/api/v1/action-plans': [LAP] });
    const router = renderApp('/plans/LAP/actions/27?lang=en');
    await vi.waitFor(() => expect(whereOf(router)).toBe('/plans/lap/actions/27?lang=en'));
  });

  it('the plan’s overview is at /plans/lap, and / shows the current plan’s (the LAP’s)', async () => {
    for (const url of ['/plans/lap', '/']) {
      const fetchMock = stubApi({ '/api/v1/action-plans': [LAP] });
      const router = renderApp(url);
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      await vi.waitFor(() => expect(fetchMock.mock.calls.map(([u]) => u)).toContain(`${summaryApiPath('lap')}?lang=en`));
      expect(router.state.matches.at(-1)?.route.index, url).toBe(true);
      cleanup();
    }
  });
});

describe('the action page', () => {
  function renderActionPage(route: string) {
    return renderClient(
      <Routes>
        <Route path="/plans/:plan/actions/:number" element={<ActionPage />} />
      </Routes>,
      { route },
    );
  }

  it('shows the action’s title, summary and paragraphs, and each indicator with its status and link', async () => {
    const fetchMock = stubApi({
      [actionApiPath('lap', 27)]: ACTION_27,
      [indicatorsApiPath('lap')]: [indicator()],
      [pillarsApiPath('lap')]: [PILLAR],
      [cyclesApiPath('lap')]: CYCLES,
    });
    renderActionPage('/plans/lap/actions/27');
    expect(await screen.findByRole('heading', { level: 1, name: 'Integrate risk education' })).toBeInTheDocument();
    expect(screen.getByText(/into wider humanitarian, development/)).toBeInTheDocument();
    expect(screen.getByText('Action 27', { selector: '.page-header__eyebrow' })).toBeInTheDocument();
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' }));
    expect(crumbs.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/plans/lap');
    expect(await crumbs.findByRole('link', { name: 'Risk Education' })).toHaveAttribute('href', '/plans/lap/pillars/risk-education');
    expect(screen.getByRole('link', { name: /other actions of Risk Education/ })).toHaveAttribute('href', '/plans/lap/pillars/risk-education#action-27');
    const panel = within(screen.getByRole('article', { name: indicator().title }));
    expect(panel.getByRole('link', { name: indicator().title })).toHaveAttribute('href', '/indicators/a27-re-integrated');
    expect(panel.getByText('Stalled')).toBeInTheDocument();
    // The indicators are asked for by action, in the plan's own list.
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${indicatorsApiPath('lap', { action: 27 })}&lang=en`);
  });

  it('says when the document gives no figure for the action', async () => {
    stubApi({
      [actionApiPath('lap', 26)]: { ...ACTION_27, number: 26, title: 'Risk education without figures', indicators: [] },
      [indicatorsApiPath('lap')]: [],
      [pillarsApiPath('lap')]: [PILLAR],
      [cyclesApiPath('lap')]: CYCLES,
    });
    renderActionPage('/plans/lap/actions/26');
    expect(await screen.findByRole('heading', { level: 1, name: 'Risk education without figures' })).toBeInTheDocument();
    expect(screen.getByText(/gives no figure for this action/)).toBeInTheDocument();
  });

  it('an action number that is no number, or one the API does not know, shows the "not found" page', async () => {
    stubApi({});
    renderActionPage('/plans/lap/actions/twenty-seven');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    cleanup();
    vi.stubGlobal('fetch', vi.fn(async () => json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No action 998.' }, { status: 404 })));
    renderActionPage('/plans/lap/actions/998');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
