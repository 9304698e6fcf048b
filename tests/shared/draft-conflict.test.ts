// Concurrent drafts: when saving over the figure's latest change is refused (issue 18: an import replaced a colleague's draft).
import { describe, expect, it } from 'vitest';
import { draftConflictOf } from '../../shared/src/domain/draft-conflict.ts';

const ALICE = 1;
const BOB = 2;
const published = { id: 5, authorId: ALICE, state: 'published' as const };
const aliceDraft = { id: 7, authorId: ALICE, state: 'draft' as const };

describe('draftConflictOf', () => {
  it('lets anyone save a figure that has no change', () => {
    expect(draftConflictOf({ basedOn: null, latest: null, userId: BOB })).toBeNull();
    expect(draftConflictOf({ basedOn: undefined, latest: null, userId: BOB })).toBeNull();
    // Said it saw a change that no longer exists as the latest one: nothing to replace, nothing lost.
    expect(draftConflictOf({ basedOn: 3, latest: null, userId: BOB })).toBeNull();
  });

  it('lets an editor save over the change they saw', () => {
    expect(draftConflictOf({ basedOn: 5, latest: published, userId: BOB })).toBeNull();
    expect(draftConflictOf({ basedOn: 7, latest: aliceDraft, userId: BOB })).toBeNull();
  });

  it('refuses a save over a colleague’s draft made after the editor looked', () => {
    expect(draftConflictOf({ basedOn: 5, latest: aliceDraft, userId: BOB })).toBe(aliceDraft);
    expect(draftConflictOf({ basedOn: null, latest: aliceDraft, userId: BOB })).toBe(aliceDraft);
  });

  it('refuses a save over a figure a colleague published after the editor looked', () => {
    expect(draftConflictOf({ basedOn: null, latest: published, userId: BOB })).toBe(published);
    expect(draftConflictOf({ basedOn: 4, latest: published, userId: BOB })).toBe(published);
  });

  it('never counts replacing your own change as a conflict', () => {
    expect(draftConflictOf({ basedOn: 5, latest: aliceDraft, userId: ALICE })).toBeNull();
    expect(draftConflictOf({ basedOn: null, latest: published, userId: ALICE })).toBeNull();
    expect(draftConflictOf({ basedOn: undefined, latest: aliceDraft, userId: ALICE })).toBeNull();
  });

  it('protects only a colleague’s pending draft when the client does not say what it saw', () => {
    expect(draftConflictOf({ basedOn: undefined, latest: aliceDraft, userId: BOB })).toBe(aliceDraft);
    expect(draftConflictOf({ basedOn: undefined, latest: published, userId: BOB })).toBeNull();
  });
});
