// Client-side downloads: a CSV of rows (UTF-8 with BOM, CRLF, RFC 4180), a chart's <svg> as SVG, and as PNG via a canvas.
import { neutraliseCell } from '@ccm/shared/domain/csv-cell';

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  // A text cell a spreadsheet would run as a formula gets an apostrophe: the shared rule the server's export and import use.
  const text = typeof value === 'string' ? neutraliseCell(raw) : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

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

/** A standalone copy of a chart's SVG: explicit size, namespaces, a white background and a font that travels. */
export function serializeSvg(svg: SVGSVGElement): SerializedSvg {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')) || 800);
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 400);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif');
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height };
}

export function svgBlob(serialized: SerializedSvg): Blob {
  return new Blob([serialized.text], { type: 'image/svg+xml;charset=utf-8' });
}

/** Draws the SVG on a canvas (at 2× for sharp text) and returns it as a PNG. */
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
