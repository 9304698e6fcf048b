// Whether an element has come near the viewport (or the page is being printed): for content that is costly to load or
// draw and starts below the fold, fetched or drawn once the reader scrolls towards it. Stays true once true. Where
// IntersectionObserver is missing (tests, old browsers) everything counts as near; on the server (prerendering) nothing
// does, as in the browser's first render, which hydrates that HTML.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useNearViewport<T extends Element>(rootMargin = '200px 0px'): [ref: (node: T | null) => void, near: boolean] {
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);

  const ref = useCallback(
    (node: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node || typeof IntersectionObserver === 'undefined') return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            observer.current?.disconnect();
            observer.current = null;
            setNear(true);
          }
        },
        { rootMargin },
      );
      observer.current.observe(node);
    },
    [rootMargin],
  );

  useEffect(() => {
    if (near) return;
    // A printout shows everything.
    const show = () => setNear(true);
    window.addEventListener('beforeprint', show);
    return () => {
      window.removeEventListener('beforeprint', show);
      observer.current?.disconnect();
    };
  }, [near]);

  return [ref, near];
}
