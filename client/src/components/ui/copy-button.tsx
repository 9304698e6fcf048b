// Copies a text to the clipboard and says so in a polite live region ("Copied"), or says it failed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label, className }: { text: string | (() => string); label: string; className?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 4000);
  };

  return (
    <span className="copy-button">
      <button type="button" className={className ?? 'button button--secondary'} onClick={() => void copy()}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <rect x="5" y="5" width="8.5" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M3.5 10.5h-.5A1.5 1.5 0 0 1 1.5 9V3A1.5 1.5 0 0 1 3 1.5h5A1.5 1.5 0 0 1 9.5 3v.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {label}
      </button>
      <span className={`copy-button__status copy-button__status--${state}`} role="status" aria-live="polite">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
