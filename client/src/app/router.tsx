// The routes. The overview is in the first bundle; every other page (and recharts with it) loads on demand.
// Loaders start the queries a page reads as soon as its address is known, alongside the page's code rather than after
// the page has rendered. They never wait for the answers: each page shows its own loading and error states.
// A lazy page's `handle.module` names its module (as Vite's manifest does) for the server, which links the page's
// stylesheets and scripts in the HTML it prerenders (entry-server.tsx).
import { workspaceRoutes } from '../features/workspace/routes.ts';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type HydrationState, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { planSegment } from '@ccm/shared/api-paths';
import { currentLanguage, languageFromSearch } from '../i18n/index.ts';
import { actionQueryOptions } from '../lib/api/get-action.ts';
import { actionPlansQueryOptions } from '../lib/api/get-action-plans.ts';
import { actionsQueryOptions } from '../lib/api/get-actions.ts';
import { cyclesQueryOptions } from '../lib/api/get-cycles.ts';
import { indicatorsQueryOptions } from '../lib/api/get-indicators.ts';
import { pillarsQueryOptions } from '../lib/api/get-pillars.ts';
import { summaryQueryOptions } from '../lib/api/get-summary.ts';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { NotFound } from '../components/ui/not-found.tsx';
import { RootLayout } from './layout.tsx';
import { currentPlanSegment } from '../lib/use-plan.ts';
import { RouteError } from './route-error.tsx';
import { LegacyPlanRedirect, PlanRoute } from './plan-routes.tsx';
import { AppLoading } from './app-loading.tsx';

/** The language a page at this address is shown in: its ?lang=, else the interface's. */
const languageOf = (request: Request) => languageFromSearch(new URL(request.url).search) ?? currentLanguage();

export const createRoutes = (queryClient: QueryClient): RouteObject[] => {
  /** The plan a page at this address is about, as its URL segment (the current plan where the address names none). */
  const planOf = (params: LoaderFunctionArgs['params'], lang: string) =>
    params.plan === undefined ? currentPlanSegment(queryClient.getQueryData(actionPlansQueryOptions(lang).queryKey)) : planSegment(params.plan);
  const prefetchOverview = (plan: string, lang: string) => {
    void queryClient.prefetchQuery(summaryQueryOptions(plan, lang));
    void queryClient.prefetchQuery(indicatorsQueryOptions(plan, {}, lang));
    void queryClient.prefetchQuery(cyclesQueryOptions(plan, lang));
  };
  // The overview, at /plans/:plan and at `/`, where it is the current plan's: which one that is comes with the list of
  // plans, so `/` asks for the list first and then for that plan's figures (the page waits for the list too).
  const overview = {
    Component: OverviewPage,
    loader: ({ request, params }: LoaderFunctionArgs) => {
      const lang = languageOf(request);
      if (params.plan !== undefined) {
        prefetchOverview(planSegment(params.plan), lang);
      } else {
        void queryClient.fetchQuery(actionPlansQueryOptions(lang)).then(
          (plans) => prefetchOverview(currentPlanSegment(plans), lang),
          () => prefetchOverview(currentPlanSegment(undefined), lang),
        );
      }
      return null;
    },
  };
  return [
    {
      path: '/embed/indicators/:id',
      handle: { module: 'src/features/embed/components/embed-indicator-page.tsx' },
      lazy: async () => ({ Component: (await import('../features/embed/components/embed-indicator-page.tsx')).EmbedIndicatorPage }),
      errorElement: <RouteError />,
      hydrateFallbackElement: <AppLoading />,
    },
    {
      Component: RootLayout,
      errorElement: <RouteError />,
      hydrateFallbackElement: <AppLoading />,
      // The header's plan switcher lists the plans on every page.
      loader: ({ request }) => {
        void queryClient.prefetchQuery(actionPlansQueryOptions(languageOf(request)));
        return null;
      },
      children: [
        // The current plan's overview.
        { index: true, ...overview },
        {
          path: 'plans/:plan',
          Component: PlanRoute,
          loader: ({ request }) => {
            void queryClient.prefetchQuery(actionPlansQueryOptions(languageOf(request)));
            return null;
          },
          children: [
            { index: true, ...overview },
            {
              path: 'pillars/:slug',
              loader: ({ request, params }) => {
                const lang = languageOf(request);
                const plan = planOf(params, lang);
                void queryClient.prefetchQuery(pillarsQueryOptions(plan, lang));
                void queryClient.prefetchQuery(actionsQueryOptions(plan, { pillar: params.slug ?? '' }, lang));
                void queryClient.prefetchQuery(indicatorsQueryOptions(plan, {}, lang));
                void queryClient.prefetchQuery(cyclesQueryOptions(plan, lang));
                return null;
              },
              handle: { module: 'src/features/pillar/components/pillar-page.tsx' },
              lazy: async () => ({ Component: (await import('../features/pillar/components/pillar-page.tsx')).PillarPage }),
            },
            {
              path: 'actions/:number',
              loader: ({ request, params }) => {
                const lang = languageOf(request);
                const plan = planOf(params, lang);
                const number = Number(params.number);
                if (Number.isInteger(number) && number > 0) {
                  void queryClient.prefetchQuery(actionQueryOptions(plan, number, lang));
                  void queryClient.prefetchQuery(indicatorsQueryOptions(plan, { action: number }, lang));
                }
                void queryClient.prefetchQuery(pillarsQueryOptions(plan, lang));
                void queryClient.prefetchQuery(cyclesQueryOptions(plan, lang));
                return null;
              },
              handle: { module: 'src/features/pillar/components/action-page.tsx' },
              lazy: async () => ({ Component: (await import('../features/pillar/components/action-page.tsx')).ActionPage }),
            },
            {
              path: 'briefings/:pillar',
              handle: { module: 'src/features/briefing/components/briefing-page.tsx' },
              lazy: async () => ({ Component: (await import('../features/briefing/components/briefing-page.tsx')).BriefingPage }),
            },
            // The plan's record pages. Their queries' modules load alongside the page (not in the first bundle).
            {
              path: 'results',
              loader: ({ request, params }) => {
                const lang = languageOf(request);
                const plan = planOf(params, lang);
                void import('../features/results/api/get-plan-results.ts')
                  .then(({ planResultsQueryOptions }) => queryClient.prefetchQuery(planResultsQueryOptions(plan, lang)))
                  .catch(() => undefined);
                return null;
              },
              handle: { module: 'src/features/results/components/results-page.tsx' },
              lazy: async () => ({ Component: (await import('../features/results/components/results-page.tsx')).ResultsPage }),
            },
            {
              path: 'changes',
              loader: ({ request, params }) => {
                const lang = languageOf(request);
                const plan = planOf(params, lang);
                void import('../features/results/api/get-crosswalk.ts')
                  .then(({ crosswalkQueryOptions }) => queryClient.prefetchQuery(crosswalkQueryOptions(plan, lang)))
                  .catch(() => undefined);
                void queryClient.prefetchQuery(summaryQueryOptions(plan, lang));
                return null;
              },
              handle: { module: 'src/features/results/components/changes-page.tsx' },
              lazy: async () => ({ Component: (await import('../features/results/components/changes-page.tsx')).ChangesPage }),
            },
            { path: '*', Component: NotFound },
          ],
        },
        // The addresses of before plans were in URLs: the LAP's pages now.
        { path: 'pillars/:slug', Component: LegacyPlanRedirect },
        { path: 'briefings/:pillar', Component: LegacyPlanRedirect },
        {
          path: 'indicators/:id',
          handle: { module: 'src/features/indicator/components/indicator-page.tsx' },
          lazy: async () => ({ Component: (await import('../features/indicator/components/indicator-page.tsx')).IndicatorPage }),
        },
        {
          path: 'flagged',
          handle: { module: 'src/features/flagged/components/flagged-page.tsx' },
          lazy: async () => ({ Component: (await import('../features/flagged/components/flagged-page.tsx')).FlaggedPage }),
        },
        {
          path: 'series',
          handle: { module: 'src/features/series/components/series-index-page.tsx' },
          lazy: async () => ({ Component: (await import('../features/series/components/series-index-page.tsx')).SeriesIndexPage }),
        },
        {
          path: 'series/:name',
          handle: { module: 'src/features/series/components/series-page.tsx' },
          lazy: async () => ({ Component: (await import('../features/series/components/series-page.tsx')).SeriesPage }),
        },
        {
          path: 'states',
          loader: ({ request }) => {
            const lang = languageOf(request);
            // The States' schemas load with the page, not in the first bundle.
            void import('../lib/api/get-states.ts')
              .then(({ statesQueryOptions }) => queryClient.prefetchQuery(statesQueryOptions(lang)))
              .catch(() => undefined);
            return null;
          },
          handle: { module: 'src/features/states/components/states-page.tsx' },
          lazy: async () => ({ Component: (await import('../features/states/components/states-page.tsx')).StatesPage }),
        },
        {
          path: 'states/:code',
          loader: ({ request, params }) => {
            const lang = languageOf(request);
            const code = params.code ?? '';
            if (/^[a-z]{3}$/i.test(code)) {
              void import('../features/states/api/get-state.ts')
                .then(({ stateQueryOptions }) => queryClient.prefetchQuery(stateQueryOptions(code, lang)))
                .catch(() => undefined);
            }
            return null;
          },
          handle: { module: 'src/features/states/components/state-page.tsx' },
          lazy: async () => ({ Component: (await import('../features/states/components/state-page.tsx')).StatePage }),
        },
        {
          path: 'workspace',
          lazy: async () => ({ Component: (await import('../features/workspace/shell/workspace-shell.tsx')).WorkspacePage }),
          children: workspaceRoutes,
        },
        { path: '*', Component: NotFound },
      ],
    },
  ];
};

export const createRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));

/**
 * The router for a page the server prerendered: the lazy routes of its address loaded first and the loaders' results
 * given (the queries' answers came with the page), so the first render draws the page, as the server did, rather than
 * the loading screen.
 */
export async function createHydratingRouter(queryClient: QueryClient, hydrationData: HydrationState): Promise<ReturnType<typeof createRouter>> {
  const routes = createRoutes(queryClient);
  await Promise.all(
    (matchRoutes(routes, window.location) ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
  return createBrowserRouter(routes, { hydrationData });
}
