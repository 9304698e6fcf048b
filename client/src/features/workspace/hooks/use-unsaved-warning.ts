// Leaving a screen with unsaved figures asks first: in the app (another tab, pillar or cycle, a link) through the
// router's blocker, which the screen answers with a dialog; a reload or a closed tab through the browser's own question.
import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router';

export function useUnsavedWarning(unsaved: boolean): Blocker {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return useBlocker(({ currentLocation, nextLocation }) => unsaved && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
}
