// "¶ 122, 123" ("par. 122, 123", "الفقرتان 122، 123"): the paragraphs of the review document a statement rests on.
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format.ts';

/** The paragraph numbers as a list in the reader's language. */
export function useParagraphList(): (paragraphs: readonly number[]) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (paragraphs) => paragraphs.map((p) => format.integer(p)).join(t('common.listSeparator'));
}

export function ParagraphRefs({ paragraphs }: { paragraphs: readonly number[] }) {
  const { t } = useTranslation();
  const list = useParagraphList();
  if (paragraphs.length === 0) return null;
  return <span className="paragraph-refs">{t('observation.paragraphs', { count: paragraphs.length, list: list(paragraphs) })}</span>;
}
