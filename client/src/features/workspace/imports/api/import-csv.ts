import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportResponseSchema, type ImportReport } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export interface ImportCsvInput {
  csv: string;
  dryRun: boolean;
}

/** Dry run: what would change and what is rejected. Otherwise: every row as a draft, or none. */
export async function importCsv({ csv, dryRun }: ImportCsvInput): Promise<ImportReport> {
  return (await workspaceRequest(`${WORKSPACE_API}/import?dryRun=${String(dryRun)}`, ImportResponseSchema, { method: 'POST', csv })).data;
}

export function useImportCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCsv,
    onSuccess: async (report) => {
      if (report.applied) await queryClient.invalidateQueries({ queryKey: workspaceKeys.all() });
    },
  });
}
