// The charts' code (recharts, about 110 kB gzipped) as lazy components: it loads when a chart is first drawn, never
// with a page. Every figure draws its chart through these.
import { lazy } from 'react';

export const LazyIndicatorChart = lazy(async () => ({ default: (await import('./indicator-chart.tsx')).IndicatorChart }));
export const LazySeriesChart = lazy(async () => ({ default: (await import('./series-chart.tsx')).SeriesChart }));
