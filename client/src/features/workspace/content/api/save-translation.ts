import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ContentChangeResponseSchema, type TranslationInput } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Drafts a French, Spanish or Arabic translation of a pillar name, an action title or summary, or an indicator title. */
export async function saveTranslation(input: TranslationInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/translations`, ContentChangeResponseSchema, { method: 'PUT', json: input })).data;
}

export function useSaveTranslation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveTranslation, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.contentChanges() }) });
}
