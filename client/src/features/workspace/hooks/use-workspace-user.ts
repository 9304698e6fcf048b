import { useMe } from '../api/get-me.ts';

/** The signed-in user inside the workspace (the shell renders pages only once someone is signed in). */
export function useWorkspaceUser() {
  const user = useMe().data ?? null;
  return { user, isAdmin: user?.role === 'admin' };
}
