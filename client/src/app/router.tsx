// The routes. The overview is in the first bundle; every other page (and recharts with it) loads on demand.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { NotFound } from '../components/ui/not-found.tsx';
import { RootLayout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { AppLoading } from './app-loading.tsx';

export const routes: RouteObject[] = [
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
      { index: true, Component: OverviewPage },
      {
        path: 'pillars/:slug',
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

export const createRouter = () => createBrowserRouter(routes);
