// The routes. The overview is in the first bundle; every other page (and recharts with it) loads on demand.
// Loaders start the queries a page reads as soon as its address is known, alongside the page's code rather than after
// the page has rendered. They never wait for the answers: each page shows its own loading and error states.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { currentLanguage, languageFromSearch } from '../i18n/index.ts';
import { actionsQueryOptions } from '../lib/api/get-actions.ts';
import { cyclesQueryOptions } from '../lib/api/get-cycles.ts';
import { indicatorsQueryOptions } from '../lib/api/get-indicators.ts';
import { pillarsQueryOptions } from '../lib/api/get-pillars.ts';
import { summaryQueryOptions } from '../lib/api/get-summary.ts';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { NotFound } from '../components/ui/not-found.tsx';
import { RootLayout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { AppLoading } from './app-loading.tsx';

/** The language a page at this address is shown in: its ?lang=, else the interface's. */
const languageOf = (request: Request) => languageFromSearch(new URL(request.url).search) ?? currentLanguage();

export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/embed/indicators/:id',
    lazy: async () => ({ Component: (await import('../features/embed/components/embed-indicator-page.tsx')).EmbedIndicatorPage }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <AppLoading />,
  },
  {
    Component: RootLayout,
    errorElement: <RouteError />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        index: true,
        Component: OverviewPage,
        loader: ({ request }) => {
          const lang = languageOf(request);
          void queryClient.prefetchQuery(summaryQueryOptions(lang));
          void queryClient.prefetchQuery(indicatorsQueryOptions({}, lang));
          void queryClient.prefetchQuery(cyclesQueryOptions(lang));
          return null;
        },
      },
      {
        path: 'pillars/:slug',
        loader: ({ request, params }) => {
          const lang = languageOf(request);
          void queryClient.prefetchQuery(pillarsQueryOptions(lang));
          void queryClient.prefetchQuery(actionsQueryOptions({ pillar: params.slug ?? '' }, lang));
          void queryClient.prefetchQuery(indicatorsQueryOptions({}, lang));
          void queryClient.prefetchQuery(cyclesQueryOptions(lang));
          return null;
        },
        lazy: async () => ({ Component: (await import('../features/pillar/components/pillar-page.tsx')).PillarPage }),
      },
      {
        path: 'indicators/:id',
        lazy: async () => ({ Component: (await import('../features/indicator/components/indicator-page.tsx')).IndicatorPage }),
      },
      {
        path: 'flagged',
        lazy: async () => ({ Component: (await import('../features/flagged/components/flagged-page.tsx')).FlaggedPage }),
      },
      {
        path: 'series',
        lazy: async () => ({ Component: (await import('../features/series/components/series-index-page.tsx')).SeriesIndexPage }),
      },
      {
        path: 'series/:name',
        lazy: async () => ({ Component: (await import('../features/series/components/series-page.tsx')).SeriesPage }),
      },
      {
        path: 'briefings/:pillar',
        lazy: async () => ({ Component: (await import('../features/briefing/components/briefing-page.tsx')).BriefingPage }),
      },
      {
        path: 'workspace/*',
        lazy: async () => ({ Component: (await import('../features/workspace/routes/workspace-routes.tsx')).WorkspacePage }),
      },
      { path: '*', Component: NotFound },
    ],
  },
];

export const createRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));
