// A chart download that stands alone on a slide: title, status, the chart, its legend, then the source with its
// paragraphs, the data's date and the page's address. Pure: what the lines say and where everything goes; the DOM
// work (cloning the chart's SVG, drawing the PNG) is in lib/download.ts.
import { labelWidth } from './chart-labels.ts';

/** The paragraphs of one source document that an indicator's figures come from. */
export interface SourceReference {
  document: string;
  paragraphs: number[];
}

/** The documents the figures cite, in the order they first appear, each with its paragraphs in order, once each. */
export function sourceReferences(observations: readonly { source: { document: string; paragraph: number | null } }[]): SourceReference[] {
  const byDocument = new Map<string, Set<number>>();
  for (const { source } of observations) {
    const paragraphs = byDocument.get(source.document) ?? new Set<number>();
    if (source.paragraph !== null) paragraphs.add(source.paragraph);
    byDocument.set(source.document, paragraphs);
  }
  return [...byDocument].map(([document, paragraphs]) => ({ document, paragraphs: [...paragraphs].sort((a, b) => a - b) }));
}

/** A text broken into lines at spaces so that each fits the width (a word longer than the width keeps a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && labelWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** What a standalone chart says, already in the reader's language. */
export interface ChartExportText {
  title: string;
  /** The status in words, and the latest figure. */
  status: string[];
  /** The legend's entries, in order. */
  legend: string[];
  /** The source and its paragraphs, the data's date, the page's address. */
  footer: string[];
}

export interface ExportTextLine {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  fontSize: number;
  fontWeight: 400 | 700;
  fill: string;
}

export interface ExportLegendEntry {
  /** The top left corner of the entry's symbol (drawn 26 × 16, as in the page's legend). */
  symbol: { x: number; y: number };
  label: ExportTextLine;
}

export interface ChartExportLayout {
  width: number;
  height: number;
  /** Where the chart goes, at its on-screen proportions (scaled up to twice on a narrow screen). */
  chart: { x: number; y: number; width: number; height: number };
  lines: ExportTextLine[];
  legend: ExportLegendEntry[];
  /** Right to left: every line starts at the right edge (direction="rtl"); the chart itself stays left to right. */
  rtl: boolean;
}

export const EXPORT_WIDTH = 960;
const PAD = 40;
const SIZE = { title: 28, status: 18, legend: 15, footer: 15 } as const;
const INK = { title: '#17202b', status: '#17202b', legend: '#3b4553', footer: '#3b4553' } as const;
const SYMBOL = { width: 26, height: 16, gap: 8, between: 28 } as const;

/**
 * The layout of a standalone chart: EXPORT_WIDTH wide (wider if the chart is), the text wrapped to it; the chart
 * centred, scaled by up to 2 so a phone's narrow chart still reads at slide size.
 */
export function layoutChartExport(text: ChartExportText, chart: { width: number; height: number }, rtl: boolean): ChartExportLayout {
  const width = Math.max(EXPORT_WIDTH, Math.ceil(chart.width) + 2 * PAD);
  const inner = width - 2 * PAD;
  const startX = rtl ? width - PAD : PAD;
  const lines: ExportTextLine[] = [];
  let y = PAD;
  const block = (texts: readonly string[], kind: 'title' | 'status' | 'footer', spaceAfter: number) => {
    const fontSize = SIZE[kind];
    for (const line of texts.flatMap((t) => wrapText(t, inner, fontSize))) {
      lines.push({ text: line, x: startX, y: y + fontSize, fontSize, fontWeight: kind === 'title' ? 700 : 400, fill: INK[kind] });
      y += Math.round(fontSize * 1.4);
    }
    y += spaceAfter;
  };
  block([text.title], 'title', 4);
  block(text.status, 'status', 16);

  const scale = Math.min(2, inner / chart.width);
  const chartBox = { x: Math.round((width - chart.width * scale) / 2), y, width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) };
  y += chartBox.height + 16;

  // The legend flows in rows from the start edge: symbol, then its label.
  const legend: ExportLegendEntry[] = [];
  const rowHeight = Math.max(SYMBOL.height, Math.round(SIZE.legend * 1.5));
  let offset = 0;
  for (const label of text.legend) {
    const entryWidth = SYMBOL.width + SYMBOL.gap + labelWidth(label, SIZE.legend);
    if (offset > 0 && offset + entryWidth > inner) {
      offset = 0;
      y += rowHeight + 6;
    }
    const symbolStart = rtl ? width - PAD - offset - SYMBOL.width : PAD + offset;
    const labelStart = rtl ? width - PAD - offset - SYMBOL.width - SYMBOL.gap : PAD + offset + SYMBOL.width + SYMBOL.gap;
    legend.push({
      symbol: { x: symbolStart, y: y + (rowHeight - SYMBOL.height) / 2 },
      label: { text: label, x: labelStart, y: y + rowHeight / 2 + SIZE.legend * 0.35, fontSize: SIZE.legend, fontWeight: 400, fill: INK.legend },
    });
    offset += entryWidth + SYMBOL.between;
  }
  if (text.legend.length > 0) y += rowHeight + 20;

  block(text.footer, 'footer', 0);
  return { width, height: y + PAD - 8, chart: chartBox, lines, legend, rtl };
}

/** The PNG's scale: twice the layout at the least, and at least `minPixels` wide (a slide's width). */
export function pngScale(width: number, minPixels = 1600): number {
  return Math.max(2, minPixels / width);
}
