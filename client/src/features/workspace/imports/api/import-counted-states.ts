import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CountedImportResponseSchema, XLSX_MEDIA_TYPE, type CountedImportReport, type ImportOnConflict } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';
import type { ImportFile } from './import-csv.ts';

/** Dry run: per figure the States listed, the count they derive and what stands now. Otherwise: every figure as a draft, or none. */
export async function importCountedStates({ file, dryRun, onConflict = 'refuse' }: { file: ImportFile; dryRun: boolean; onConflict?: ImportOnConflict }): Promise<CountedImportReport> {
  const body = file.format === 'xlsx' ? { file: new Blob([file.bytes], { type: XLSX_MEDIA_TYPE }) } : { csv: file.text };
  // Figures over someone else's draft: refused (the default), written over their drafts, or left out.
  const query = new URLSearchParams({ dryRun: String(dryRun), ...(onConflict === 'refuse' ? {} : { onConflict }) });
  return (await workspaceRequest(`${WORKSPACE_API}/counted-states/import?${query.toString()}`, CountedImportResponseSchema, { method: 'POST', ...body })).data;
}

export function useImportCountedStates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCountedStates,
    onSuccess: async (report) => {
      if (report.applied) await queryClient.invalidateQueries({ queryKey: workspaceKeys.all() });
    },
  });
}
