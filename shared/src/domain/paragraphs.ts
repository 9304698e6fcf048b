// Splits the Review Document's plain text into its numbered paragraphs, so a figure can be checked against its source.

/** Map of paragraph number → paragraph text (the numbered line and any unnumbered lines that follow it). */
export function splitParagraphs(text: string): Map<number, string> {
  const paragraphs = new Map<number, string>();
  let current: number | null = null;
  let expected = 1;
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d{1,4})\.\s/.exec(line);
    const number = match ? Number(match[1]) : null;
    // Paragraph numbers run in sequence; a stray "3. " inside a list does not start a new one.
    if (number !== null && number === expected) {
      current = number;
      expected = number + 1;
      paragraphs.set(current, line);
    } else if (current !== null) {
      paragraphs.set(current, `${paragraphs.get(current) ?? ''}\n${line}`);
    }
  }
  return paragraphs;
}

/** Whitespace and typographic quotes folded, so a quote survives line wrapping and curly apostrophes. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function paragraphContainsQuote(paragraphs: Map<number, string>, paragraph: number, quote: string): boolean {
  const body = paragraphs.get(paragraph);
  return body !== undefined && normaliseForQuote(body).includes(normaliseForQuote(quote));
}
