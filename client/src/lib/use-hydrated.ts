// Whether the page is past hydration: false while the server prerenders it and while the browser hydrates that HTML,
// true afterwards and on every render of a page the browser drew itself. Content that only the browser can draw (a
// chart measured to its box, an address from window.location, a choice kept in localStorage) waits for it, so the
// browser's first render matches the server's HTML.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
