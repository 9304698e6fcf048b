// Well-formedness as a strict XML 1.0 parser sees it (jsdom's DOMParser, backed by saxes), for the Word file's parts.
import { JSDOM } from 'jsdom';

const { DOMParser: XmlParser } = new JSDOM().window;

/** The parser's complaint, or null when the document is well-formed XML. */
export function xmlError(xml: string): string | null {
  const document = new XmlParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'not well-formed') : null;
}
