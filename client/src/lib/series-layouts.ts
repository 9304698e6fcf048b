// How each known series is drawn: which measures go in which chart, as bars (stacked or grouped) or lines.
// A series not listed here is drawn generically: one line chart per unit for the measures with several periods.
export interface SeriesChartLayout {
  /** Stable id; also the i18n key of the chart title: series.chart.<id>. */
  id: string;
  bars?: { measure: string; stack?: string }[];
  lines?: string[];
  /** Measures shown in the chart's table but not drawn (e.g. a total the stacked bars already show). */
  tableOnly?: string[];
}

export const SERIES_LAYOUTS: Readonly<Record<string, SeriesChartLayout[]>> = {
  'isu-contributions': [
    {
      id: 'isu-budget',
      bars: [
        { measure: 'received-7a', stack: 'received' },
        { measure: 'received-7b', stack: 'received' },
        { measure: 'received-7c', stack: 'received' },
      ],
      lines: ['budget'],
      tableOnly: ['received'],
    },
    { id: 'isu-contributors', lines: ['contributing-states', 'contributors-7a', 'contributors-7b', 'contributors-7c'] },
    { id: 'isu-covered', lines: ['covered-7a', 'covered-7b'] },
  ],
  'extension-requests': [{ id: 'extension-requests', bars: [{ measure: 'requests' }] }],
  'unga-votes': [
    {
      id: 'unga-votes',
      bars: [{ measure: 'yes' }, { measure: 'no' }, { measure: 'abstain' }, { measure: 'not-voting-or-absent' }],
    },
  ],
  membership: [],
};
