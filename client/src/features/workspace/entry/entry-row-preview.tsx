// The status preview of one indicator's entry form: once typing pauses, the status its figure would give.
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { indicatorQueryOptions } from '../../../lib/api/get-indicator.ts';
import { useStatusPreview } from './api/classify-preview.ts';
import type { WorkspaceCycle } from '../api/get-workspace-cycles.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { workspaceLanguage } from '../i18n/load-workspace-catalogue.ts';
import { checkEntry, type EntryContext, type EntryValues } from '../utils/entry-form.ts';
import { StatusPreview } from '../components/status-preview.tsx';

const PREVIEW_SOURCE = 'preview';

export interface EntryRowPreviewProps {
  /** The preview's id (the Save button points to it). */
  id: string;
  values: EntryValues;
  dirty: boolean;
  context: EntryContext;
  /** The workspace's cycles, for the status preview of a figure in a cycle not yet published. */
  cycles: WorkspaceCycle[] | undefined;
}

export function EntryRowPreview({ id, values, dirty, context, cycles }: EntryRowPreviewProps) {
  const { i18n } = useTranslation('workspace');
  // The status preview follows the figure once typing pauses.
  const settled = useDebouncedValue(values);
  // The source does not change a status: the preview does not wait for it.
  const settledCheck = checkEntry({ ...settled, source: settled.source.trim() || PREVIEW_SOURCE }, context);
  const previewEntry = dirty && settled === values && settledCheck.entry !== null ? settledCheck.entry : null;
  const indicator = useQuery({ ...indicatorQueryOptions(context.row.indicatorId), enabled: dirty });
  const preview = useStatusPreview(indicator.data, previewEntry, cycles, workspaceLanguage(i18n.language));

  return (
    <StatusPreview
      id={id}
      idle={!dirty}
      invalid={dirty && settled === values && settledCheck.entry === null}
      pending={dirty && (previewEntry === null || indicator.isPending || preview.isPending)}
      failed={indicator.isError || preview.isError}
      preview={preview.data}
    />
  );
}
