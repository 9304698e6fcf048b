// Text from the API in the reader's language, or in English where no translation has been entered yet: then it is
// marked lang="en" and followed by a small "English" badge, never left blank. English inside an Arabic page is its own
// left-to-right run (dir="ltr" isolates it), so its words and punctuation keep their order.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '@ccm/shared/schemas/api';
import { useLanguage } from '../../i18n/use-language.ts';

/** Whether the API sent this field in English for want of a translation. */
export function isFallback(i18n: TextLanguage | undefined, field: string): boolean {
  return i18n !== undefined && i18n.lang !== 'en' && i18n.fallback.includes(field);
}

export function FallbackBadge() {
  const { t } = useTranslation();
  return (
    <span className="fallback-badge" title={t('fallback.title')}>
      <span aria-hidden="true">{t('fallback.badge')}</span>
      <span className="visually-hidden"> {t('fallback.label')}</span>
    </span>
  );
}

/** A translatable field of a pillar, action or indicator (`name`, `title`, `summary`), marked when it fell back to English. */
export function LocalizedText({ text, i18n, field }: { text: string; i18n: TextLanguage | undefined; field: string }) {
  if (!isFallback(i18n, field)) return text;
  return (
    <>
      <span lang="en" dir="ltr">
        {text}
      </span>
      <FallbackBadge />
    </>
  );
}

/**
 * Text the API has only in English (series descriptions, notes, quotes of the English Review Document): marked
 * lang="en" on a page in another language, with the badge when it is prose a reader would expect translated.
 */
export function EnglishText({ children, badge = false }: { children: ReactNode; badge?: boolean }) {
  const language = useLanguage();
  if (language === 'en') return children;
  return (
    <>
      <span lang="en" dir="ltr">
        {children}
      </span>
      {badge ? <FallbackBadge /> : null}
    </>
  );
}
