// Loading, empty and error states shared by every page; an API 404 is a "not found" page, not an error.
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export interface CombinedQueryState {
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

/** The state of several queries read together: the first error wins, and Retry refetches the failed ones. */
export function combineQueries(...queries: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>[]): CombinedQueryState {
  const failed = queries.filter((q) => q.isError);
  return {
    isPending: queries.some((q) => q.isPending),
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const q of failed) void q.refetch();
    },
  };
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status">
      <span className="loading-state__spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ onRetry, title }: { onRetry: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title ?? t('common.error.title')}</p>
      <p>{t('common.error.body')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/**
 * A page whose data has not come: its title, then what went wrong with a Retry button (given `onRetry`) or the spinner.
 * `className` is the page's own frame, where it keeps one while it waits.
 */
export function PendingPage({ title, onRetry, loadingLabel, className }: { title: string; onRetry?: () => void; loadingLabel?: string; className?: string }) {
  const body = (
    <>
      <h1>{title}</h1>
      {onRetry ? <ErrorState onRetry={onRetry} /> : <LoadingState label={loadingLabel} />}
    </>
  );
  return className ? <div className={className}>{body}</div> : body;
}
