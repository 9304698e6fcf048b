// Print (the browser's own dialog, which also saves as PDF) and the two downloads the server builds.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingDownloads } from '../utils/briefing-links.ts';

export function BriefingToolbar({ downloads }: { downloads: BriefingDownloads }) {
  const { t } = useTranslation('briefing');
  return (
    <div className="briefing-toolbar" role="group" aria-label={t('toolbar.label')}>
      <button type="button" className="button" onClick={() => window.print()}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 6V1.5h8V6M4 12H2.5A1 1 0 0 1 1.5 11V7a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H12" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M4 9.5h8v5H4z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
        {t('toolbar.print')}
      </button>
      <DownloadLink href={downloads.word}>{t('toolbar.word')}</DownloadLink>
      <DownloadLink href={downloads.csv}>{t('toolbar.csv')}</DownloadLink>
    </div>
  );
}

function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="button button--secondary" href={href} download>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5M2 12.5v2h12v-2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {children}
    </a>
  );
}
