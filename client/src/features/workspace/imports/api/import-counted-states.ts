import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CountedImportResponseSchema, type CountedImportReport } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Dry run: per figure the States listed, the count they derive and what stands now. Otherwise: every figure as a draft, or none. */
export async function importCountedStates({ csv, dryRun }: { csv: string; dryRun: boolean }): Promise<CountedImportReport> {
  return (await workspaceRequest(`${WORKSPACE_API}/counted-states/import?dryRun=${String(dryRun)}`, CountedImportResponseSchema, { method: 'POST', csv })).data;
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
