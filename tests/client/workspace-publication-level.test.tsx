// The publication level control: checked in the browser with the shared schema (a reason is required), then sent as
// PUT /workspace/indicators/:id/publication-level.
import { beforeAll, beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PublicationLevelForm } from '../../client/src/features/workspace/content/publication-level-form.tsx';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { type FetchMock, indicator, json } from '../helpers/client-fixtures.ts';
import { renderClient } from '../helpers/client-render.tsx';

const PATH = '/api/v1/workspace/indicators/a27-re-integrated/publication-level';

let fetchMock: FetchMock;
const puts = () => fetchMock.mock.calls.filter(([url, init]) => url === PATH && init?.method === 'PUT');

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});
beforeEach(() => {
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === PATH && init?.method === 'PUT') {
      return json({ data: { indicatorId: 'a27-re-integrated', level: 'counts_only', previous: 'named', reason: 'Withheld.', changeId: 1, author: 'a@isu.test', changedAt: '2026-01-01T00:00:00Z', dataVersion: 2 } });
    }
    return json({ data: indicator() });
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('publication level form', () => {
  it('shows the current level, asks for a reason before sending, then sets the level', async () => {
    const user = userEvent.setup();
    renderClient(<PublicationLevelForm indicator={indicator()} />);
    expect(screen.getByText('Published now').nextElementSibling).toHaveTextContent('The States the source names');
    expect(screen.getByLabelText('Publish')).toHaveValue('counts_only');

    await user.click(screen.getByRole('button', { name: 'Set the publication level' }));
    expect(screen.getByLabelText(/^Reason/)).toHaveAttribute('aria-invalid', 'true');
    expect(puts()).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Reason/), 'Withheld.');
    await user.click(screen.getByRole('button', { name: 'Set the publication level' }));
    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(JSON.parse(puts()[0]?.[1]?.body as string)).toEqual({ level: 'counts_only', reason: 'Withheld.' });
    expect(await screen.findByText('Published now: The count only, no names.')).toBeInTheDocument();
  });
});
