// Client-side downloads: a chart as a standalone SVG (title, status, source, date and address around it, laid out by
// lib/chart-export.ts), and that SVG as PNG via a canvas. CSV comes from the server's export.
import type { ChartExportLayout } from './chart-export.ts';

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface SerializedSvg {
  text: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Fonts with Latin and Arabic glyphs on most systems, so the file reads the same where it is opened. */
const EXPORT_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, "DejaVu Sans", Arial, sans-serif';

/**
 * The chart as a standalone SVG laid out by layoutChartExport: its text lines (right to left in Arabic), the chart's
 * own SVG scaled into its box, and the legend with each entry's symbol as the page draws it.
 */
export function composeStandaloneSvg(
  chart: SVGSVGElement,
  layout: ChartExportLayout,
  legendSymbols: readonly (SVGSVGElement | null)[],
  { title, lang }: { title: string; lang: string },
): SerializedSvg {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width || Number(chart.getAttribute('width')) || 800);
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 400);
  const svg = document.createElementNS(SVG_NS, 'svg');
  const set = (el: Element, attributes: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
    return el;
  };
  set(svg, { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, 'font-family': EXPORT_FONTS, lang });
  svg.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  const name = document.createElementNS(SVG_NS, 'title');
  name.textContent = title;
  svg.append(name);
  svg.append(set(document.createElementNS(SVG_NS, 'rect'), { width: '100%', height: '100%', fill: '#ffffff' }));

  const text = (line: ChartExportLayout['lines'][number]) => {
    const el = set(document.createElementNS(SVG_NS, 'text'), {
      x: line.x,
      y: line.y,
      'font-size': line.fontSize,
      'font-weight': line.fontWeight,
      fill: line.fill,
      // "start" is the right edge in a right-to-left line.
      'text-anchor': 'start',
      ...(layout.rtl ? { direction: 'rtl' } : {}),
    });
    el.textContent = line.text;
    return el;
  };
  for (const line of layout.lines) svg.append(text(line));

  const clone = chart.cloneNode(true) as SVGSVGElement;
  set(clone, { x: layout.chart.x, y: layout.chart.y, width: layout.chart.width, height: layout.chart.height, viewBox: `0 0 ${chartWidth} ${chartHeight}`, direction: 'ltr' });
  for (const name of ['style', 'class', 'role', 'xmlns', 'xmlns:xlink']) clone.removeAttribute(name);
  svg.append(clone);

  layout.legend.forEach((entry, index) => {
    const symbol = legendSymbols[index];
    if (symbol) {
      const copy = symbol.cloneNode(true) as SVGSVGElement;
      for (const name of ['aria-hidden', 'focusable', 'class', 'style']) copy.removeAttribute(name);
      svg.append(set(copy, { x: entry.symbol.x, y: entry.symbol.y, width: 26, height: 16 }));
    }
    svg.append(text(entry.label));
  });

  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`, width: layout.width, height: layout.height };
}

export function svgBlob(serialized: SerializedSvg): Blob {
  return new Blob([serialized.text], { type: 'image/svg+xml;charset=utf-8' });
}

/** Draws the SVG on a canvas (at 2× for sharp text, or the scale asked for) and returns it as a PNG. */
export async function svgToPng(serialized: SerializedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(serialized));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = serialized.width * scale;
    canvas.height = serialized.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, serialized.width, serialized.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
