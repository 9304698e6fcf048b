// The notice of a save refused over a colleague's newer change: both values, both authors, and the two choices.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DraftConflict } from '@ccm/shared/schemas/workspace';
import { DraftConflictNotice } from '../../client/src/features/workspace/components/draft-conflict.tsx';
import { workspaceKeys } from '../../client/src/features/workspace/api/workspace-keys.ts';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { createTestQueryClient, renderClient } from '../helpers/client-render.tsx';

const conflict = (theirs: Partial<DraftConflict['theirs']> = {}): DraftConflict => ({
  indicatorId: 'a27-re-integrated',
  cycle: '14MSP',
  spanFrom: null,
  title: 'States Parties integrating risk education',
  yours: { value: 10, qualifier: 'exact', denominator: 10 },
  theirs: { changeId: 7, state: 'draft', value: 9, qualifier: 'exact', denominator: 10, author: 'alice@isu.test', at: '2026-12-04T09:30:00.000Z', ...theirs },
});

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});

describe('DraftConflictNotice', () => {
  it('names both values and both authors, and each button says what it keeps', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(workspaceKeys.me(), { id: 2, email: 'bob@isu.test', role: 'editor', mustChangePassword: false, createdAt: '2026-01-01T00:00:00Z' });
    const onKeepMine = vi.fn();
    const onKeepTheirs = vi.fn();
    renderClient(<DraftConflictNotice conflict={conflict()} onKeepMine={onKeepMine} onKeepTheirs={onKeepTheirs} />, { queryClient });

    const notice = screen.getByRole('alert', { name: /alice@isu\.test drafted States Parties integrating risk education \(14MSP\) after you started/ });
    expect(within(notice).getByText(/^Draft by alice@isu\.test, /)).toHaveTextContent(/2026/);
    expect(within(notice).getByText('9 of 10')).toBeInTheDocument();
    expect(within(notice).getByText('Yours, bob@isu.test (not saved)')).toBeInTheDocument();
    expect(within(notice).getByText('10 of 10')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(notice).getByRole('button', { name: 'Keep mine (10 of 10)' }));
    expect(onKeepMine).toHaveBeenCalledTimes(1);
    await user.click(within(notice).getByRole('button', { name: 'Keep theirs (9 of 10)' }));
    expect(onKeepTheirs).toHaveBeenCalledTimes(1);
  });

  it('says when their figure was published rather than drafted, and waits while a choice is saved', () => {
    renderClient(<DraftConflictNotice conflict={conflict({ state: 'published', value: null })} onKeepMine={() => {}} onKeepTheirs={() => {}} busy />);
    const notice = screen.getByRole('alert', { name: /was published after you started/ });
    expect(within(notice).getByText(/^Published, by alice@isu\.test, /)).toBeInTheDocument();
    expect(within(notice).getByText('no figure')).toBeInTheDocument();
    for (const button of within(notice).getAllByRole('button')) expect(button).toBeDisabled();
  });
});
