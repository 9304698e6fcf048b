import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useEffect } from 'react';
import { currentLanguage } from '../i18n/index.ts';
import { warmUpFormatters } from '../lib/format.ts';
import type { createRouter } from './router.tsx';

/** The app's providers around its router (both made in main.tsx, so the first page's queries start before rendering). */
export function App({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createRouter> }) {
  // Intl takes a while to set up its first number and date formats: do it just after the first paint, while the page's
  // data is on its way, rather than in the middle of drawing the data.
  useEffect(() => warmUpFormatters(currentLanguage()), []);
  // <html data-interactive> once React has taken the page over (hydrated the prerendered HTML, or drawn it): until then
  // a prerendered page reads but does not act on a choice in its forms. Browser tests wait for it before they act.
  useEffect(() => {
    document.documentElement.dataset.interactive = 'true';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
