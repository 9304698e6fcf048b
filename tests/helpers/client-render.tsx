// Renders a client component the way the app does: real i18n catalogue, a fresh QueryClient (no retries), a router.
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../../client/src/app/router.tsx';
import i18n from '../../client/src/i18n/index.ts';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

export function renderClient(ui: ReactElement, { route = '/', queryClient = createTestQueryClient() } = {}): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient };
}

type AppRouter = ReturnType<typeof createMemoryRouter>;

/** Renders a router made elsewhere (e.g. created before rendering, so its loaders have already started). */
export function renderRouter(router: AppRouter, queryClient: QueryClient): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

/** The whole app (its routes, loaders and layout) at `url`; returns the router to read or change its location. */
export function renderApp(url: string, queryClient = createTestQueryClient()): AppRouter {
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  renderRouter(router, queryClient);
  return router;
}
