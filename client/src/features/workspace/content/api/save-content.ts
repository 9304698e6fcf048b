import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ContentChangeResponseSchema, type ContentChangeInput } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** Drafts an edit of an action's or an indicator's text or numbers. */
export async function saveContent(input: ContentChangeInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/content`, ContentChangeResponseSchema, { method: 'PUT', json: input })).data;
}

export function useSaveContent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveContent, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.contentChanges() }) });
}
