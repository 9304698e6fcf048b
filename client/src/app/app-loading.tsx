// Shown while the first page's code is still loading.
import { LoadingState } from '../components/ui/query-state.tsx';

export function AppLoading() {
  return (
    <main className="app-loading">
      <LoadingState />
    </main>
  );
}
