// The standalone chart's pure pieces: its sources, its wrapped lines and its layout, left to right and right to left.
import { describe, expect, it } from 'vitest';
import { EXPORT_WIDTH, layoutChartExport, pngScale, sourceReferences, wrapText, type ChartExportText } from '../../client/src/lib/chart-export.ts';
import { labelWidth } from '../../client/src/lib/chart-labels.ts';

const source = (document: string, paragraph: number | null) => ({ source: { document, paragraph } });

describe('sourceReferences', () => {
  it('lists each document once, in the order the figures cite them, with its paragraphs sorted and once each', () => {
    expect(
      sourceReferences([source('Draft Review Document', 145), source('Draft Review Document', 92), source('Article 7 reports 2026', null), source('Draft Review Document', 145)]),
    ).toEqual([
      { document: 'Draft Review Document', paragraphs: [92, 145] },
      { document: 'Article 7 reports 2026', paragraphs: [] },
    ]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces so that every line fits', () => {
    const text = 'States Parties reporting efforts to promote the socioeconomic inclusion of victims';
    const lines = wrapText(text, 300, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(labelWidth(line, 20)).toBeLessThanOrEqual(300);
  });

  it('keeps a word longer than the width whole, on a line of its own', () => {
    expect(wrapText('see https://example.org/indicators/a-very-long-identifier-indeed now', 100, 15)).toEqual([
      'see',
      'https://example.org/indicators/a-very-long-identifier-indeed',
      'now',
    ]);
  });
});

const text: ChartExportText = {
  title: 'States Parties reporting efforts to promote the socioeconomic inclusion of victims',
  status: ['Status: Needs acceleration · 9 of 12 (75%) in 13MSP'],
  legend: ['Reported figure', 'All States concerned (N = 12)', 'Pace needed to reach the target', 'Cycle inferred (hollow diamond)'],
  footer: ['Source: Draft Review Document 2021-2025 v1.0 (¶ 145)', 'Data last changed: December 4, 2026', 'https://dashboard.example/indicators/a35-socioeconomic-inclusion'],
};

describe('layoutChartExport', () => {
  it('a phone’s chart (328 × 220): a slide-wide layout, the chart doubled and centred, title, status, chart, legend, footer in that order', () => {
    const layout = layoutChartExport(text, { width: 328, height: 220 }, false);
    expect(layout.width).toBe(EXPORT_WIDTH);
    expect(layout.chart).toMatchObject({ x: (EXPORT_WIDTH - 656) / 2, width: 656, height: 440 });
    const shown = layout.lines.map((l) => l.text).join(' ');
    for (const part of [text.title, ...text.status, ...text.footer]) expect(shown).toContain(part);
    const yOf = (needle: string) => layout.lines.find((l) => l.text.includes(needle))?.y ?? Number.NaN;
    expect(yOf('States Parties')).toBeLessThan(yOf('Status:'));
    expect(yOf('Status:')).toBeLessThan(layout.chart.y);
    const legendTop = Math.min(...layout.legend.map((e) => e.symbol.y));
    expect(legendTop).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(yOf('Source:')).toBeGreaterThan(Math.max(...layout.legend.map((e) => e.label.y)));
    expect(layout.height).toBeGreaterThan(yOf('https://'));
    // Every line starts at the left margin and fits the width.
    for (const line of layout.lines) {
      expect(line.x).toBe(40);
      expect(labelWidth(line.text, line.fontSize)).toBeLessThanOrEqual(layout.width - 80);
    }
  });

  it('a wide chart keeps its size; the layout grows to hold it', () => {
    const layout = layoutChartExport(text, { width: 1100, height: 380 }, false);
    expect(layout.width).toBe(1180);
    expect(layout.chart).toMatchObject({ x: 40, width: 1100, height: 380 });
  });

  it('right to left: every line and legend entry starts at the right margin, each symbol right of its label', () => {
    const layout = layoutChartExport(text, { width: 760, height: 362 }, true);
    for (const line of layout.lines) expect(line.x).toBe(layout.width - 40);
    const [first, second] = layout.legend;
    expect(first?.symbol.x).toBe(layout.width - 40 - 26);
    expect(first?.label.x).toBe(layout.width - 40 - 26 - 8);
    expect(second?.symbol.x ?? 0).toBeLessThan(first?.label.x ?? 0);
  });

  it('legend entries wrap into rows within the width', () => {
    const layout = layoutChartExport({ ...text, legend: Array.from({ length: 9 }, (_, i) => `Legend entry number ${i + 1} of the chart`) }, { width: 760, height: 362 }, false);
    const rows = new Set(layout.legend.map((e) => e.symbol.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const e of layout.legend) expect(e.label.x + labelWidth(e.label.text, e.label.fontSize)).toBeLessThanOrEqual(layout.width - 40);
  });
});

describe('pngScale', () => {
  it.each([
    [960, 2],
    [600, 1600 / 600],
    [1180, 2],
  ])('a layout %d px wide is drawn at %d×, at least 1600 px wide', (width, scale) => {
    expect(pngScale(width)).toBeCloseTo(scale);
    expect(width * pngScale(width)).toBeGreaterThanOrEqual(1600);
  });
});
