import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/index.ts';
import { createQueryClient } from './lib/query-client.ts';
import { App } from './app/app.tsx';
import { createRouter } from './app/router.tsx';
import './styles.css';

const root = document.getElementById('root');
// The first render waits for the reader's language (a few kB), so a French or Arabic visit never flashes English.
if (root) {
  void i18nReady.then(() => {
    // In a task of its own rather than straight after the modules' evaluation: start-up in shorter tasks keeps the page
    // responsive on a slow phone. Router and query client come before the first render, so the router's loaders start
    // the first page's queries while React renders.
    setTimeout(() => {
      const queryClient = createQueryClient();
      const router = createRouter(queryClient);
      createRoot(root).render(
        <StrictMode>
          <App queryClient={queryClient} router={router} />
        </StrictMode>,
      );
    }, 0);
  });
}
