// Whether the reader has started using the page: false in prerendered HTML and until the first pointer, key, touch,
// wheel, scroll or print; true from then on, for every page the browser draws after it. A chart that is already on
// the page as a static drawing (static-indicator-chart.tsx) waits for it before loading recharts (about 110 kB
// gzipped, a few hundred ms of a phone's main thread) to draw itself: the first view of a page spends its time on
// the page, not on a second drawing of the same chart.
import { useSyncExternalStore } from 'react';

const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'beforeprint'] as const;
let wanted = false;
const listeners = new Set<() => void>();

function want() {
  if (wanted) return;
  wanted = true;
  for (const event of EVENTS) window.removeEventListener(event, want, true);
  for (const listener of listeners) listener();
}

// Listening from the moment this module runs in a browser (before the page hydrates), so an early move counts too.
if (typeof window !== 'undefined') {
  for (const event of EVENTS) window.addEventListener(event, want, { capture: true, passive: true });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChartsWanted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
}
