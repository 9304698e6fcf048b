import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/index.ts';
import { App } from './app/app.tsx';
import './styles.css';

const root = document.getElementById('root');
// The first render waits for the reader's language (a few kB), so a French or Arabic visit never flashes English.
if (root) {
  void i18nReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
