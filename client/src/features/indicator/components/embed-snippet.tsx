// The <iframe> code to embed this indicator's chart elsewhere, read-only, with a copy button.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { DEFAULT_LANGUAGE } from '../../../i18n/index.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { embedIndicatorPath } from '../../../lib/page-paths.ts';
import { useHydrated } from '../../../lib/use-hydrated.ts';

/** The iframe shows the chart in the language of the page the code was copied from (?lang=, English by default). */
export function embedCode(origin: string, id: string, title: string, lang: string = DEFAULT_LANGUAGE): string {
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const search = lang === DEFAULT_LANGUAGE ? '' : `?lang=${encodeURIComponent(lang)}`;
  return `<iframe src="${origin}${embedIndicatorPath(id)}${search}" title="${safeTitle}" width="640" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function EmbedSnippet({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const language = useLanguage();
  // The site's address is the browser's to say: prerendered HTML shows the code with a relative address until hydrated.
  const origin = useHydrated() ? window.location.origin : '';
  const code = embedCode(origin, id, title, language);
  return (
    <div className="embed-snippet">
      <label htmlFor={fieldId}>{t('indicator.embedLabel')}</label>
      <textarea id={fieldId} readOnly rows={3} dir="ltr" value={code} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
      <CopyButton text={code} label={t('indicator.embedCopy')} />
    </div>
  );
}
