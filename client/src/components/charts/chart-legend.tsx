// A legend in HTML (so it wraps and reads well), with each entry's symbol drawn as in the chart.
import type { ReactNode } from 'react';
import { CHART_COLORS as C } from './chart-colors.ts';

export interface LegendEntry {
  key: string;
  label: string;
  symbol: ReactNode;
}

export function ChartLegend({ entries, label }: { entries: LegendEntry[]; label: string }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {entries.map((e) => (
        <li key={e.key} className="chart-legend__item" data-legend={e.key}>
          <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true" focusable="false">
            {e.symbol}
          </svg>
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** The entry for a figure under review by the ISU, as every chart rings it: a dashed circle round a dot of `dot`. */
export function underReviewEntry(label: string, dot: string): LegendEntry {
  return {
    key: 'under_review',
    label,
    symbol: (
      <>
        <circle cx="13" cy="8" r="6.5" fill="none" stroke={C.review} strokeWidth="2" strokeDasharray="3 2.5" />
        <circle cx="13" cy="8" r="3" fill={dot} />
      </>
    ),
  };
}
