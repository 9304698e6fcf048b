import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WorkspaceCycleResponseSchema, type CreateCycleInput } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import type { WorkspaceCycle } from '../../api/get-workspace-cycles.ts';

export async function createCycle(input: CreateCycleInput): Promise<WorkspaceCycle> {
  return (await workspaceRequest(`${WORKSPACE_API}/cycles`, WorkspaceCycleResponseSchema, { method: 'POST', json: input })).data;
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  // A new cycle moves the deadline's position, so the public cycle list is refetched too.
  return useMutation({ mutationFn: createCycle, onSuccess: () => queryClient.invalidateQueries() });
}
