// "¶ 122, 123": the paragraphs of the review document a statement rests on.
import { useTranslation } from 'react-i18next';

export function ParagraphRefs({ paragraphs }: { paragraphs: readonly number[] }) {
  const { t } = useTranslation();
  if (paragraphs.length === 0) return null;
  return (
    <span className="paragraph-refs">
      {t('observation.paragraphs', { count: paragraphs.length, list: paragraphs.join(', ') })}
    </span>
  );
}
