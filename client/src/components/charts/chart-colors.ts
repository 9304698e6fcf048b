// Chart colours, chosen for ≥ 3:1 contrast against white; shapes and dash patterns carry the meaning, colour only helps.
export const CHART_COLORS = {
  series: '#1f4e8c',
  bound: '#6a3d9a',
  average: '#a14b00',
  span: '#00695c',
  population: '#5b6675',
  target: '#1b6e3a',
  required: '#3b4350',
  deadline: '#5b6675',
  grid: '#d6dbe1',
  axis: '#3b4350',
  gap: '#5b6675',
  /** The dashed ring around a figure under review by the ISU. */
  review: '#a3123a',
  /** The figures of the indicator's predecessor in the previous plan, on a tinted band before the break line. */
  previous: '#5f6b7d',
  previousBand: '#eef1f5',
  planBreak: '#17202b',
} as const;

/** Colours for series with several measures (ISU contributions and the like), in legend order. */
export const SERIES_PALETTE = ['#1f4e8c', '#c05a00', '#1b6e3a', '#6a3d9a', '#a3123a', '#00695c', '#5b6675'] as const;
