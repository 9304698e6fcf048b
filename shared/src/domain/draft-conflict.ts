// Concurrent drafts: a save or import over a colleague's newer change is refused, never silently replaces it.
// The same rule runs in the entry API, the figures import and the counted-States import.

/** A figure's latest change (a pending draft, else the published change its public figure came from). */
export interface LatestChange {
  id: number;
  authorId: number;
  state: 'draft' | 'published';
}

export interface DraftConflictQuestion {
  /**
   * The id of the figure's latest change the author saw (null: the figure had no change then). Undefined: the client
   * does not say (older clients, imports); only someone else's pending draft is then protected.
   */
  basedOn: number | null | undefined;
  /** The figure's latest change now (null: it has none). */
  latest: LatestChange | null;
  /** Who is saving. */
  userId: number;
}

/**
 * The change a save would silently replace, or null when it may go ahead: the latest change is someone else's and the
 * author did not see it (said basedOn: a different change; no basedOn: a pending draft). Replacing your own draft is
 * never a conflict.
 */
export function draftConflictOf<T extends LatestChange>({ basedOn, latest, userId }: Omit<DraftConflictQuestion, 'latest'> & { latest: T | null }): T | null {
  if (latest === null || latest.authorId === userId) return null;
  const unseen = basedOn === undefined ? latest.state === 'draft' : latest.id !== basedOn;
  return unseen ? latest : null;
}
