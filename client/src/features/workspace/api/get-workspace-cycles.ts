import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { WorkspaceCyclesResponseSchema, type WorkspaceCycleSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from './workspace-request.ts';
import { workspaceKeys } from './workspace-keys.ts';

export type WorkspaceCycle = z.infer<typeof WorkspaceCycleSchema>;

export async function getWorkspaceCycles(): Promise<WorkspaceCycle[]> {
  return (await workspaceRequest(`${WORKSPACE_API}/cycles`, WorkspaceCyclesResponseSchema)).data;
}

export const workspaceCyclesQueryOptions = () => queryOptions({ queryKey: workspaceKeys.cycles(), queryFn: getWorkspaceCycles });

export function useWorkspaceCycles() {
  return useQuery(workspaceCyclesQueryOptions());
}
