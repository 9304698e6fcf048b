import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { StatusOverrideResponseSchema, type StatusOverrideInputSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export type StatusOverrideInput = z.infer<typeof StatusOverrideInputSchema> & { indicatorId: string };

/** Drafts an override of an indicator's status (or, with code null, its withdrawal); public once an admin publishes it. */
export async function overrideStatus({ indicatorId, ...body }: StatusOverrideInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/indicators/${encodeURIComponent(indicatorId)}/override`, StatusOverrideResponseSchema, { method: 'POST', json: body })).data;
}

export function useOverrideStatus() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: overrideStatus, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all() }) });
}
