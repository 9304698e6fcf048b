import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { STATUS_CODES } from '@ccm/shared/schemas/common';
import { StatusBadge } from '../../client/src/components/ui/status-badge.tsx';
import { StatusCounts } from '../../client/src/components/ui/status-counts.tsx';
import { StatusFilter } from '../../client/src/components/ui/status-filter.tsx';
import en from '../../client/src/i18n/locales/en.json';
import { renderClient } from '../helpers/client-render.tsx';

describe('StatusBadge', () => {
  it.each(STATUS_CODES)('shows "%s" as text and an icon, not colour alone', (code) => {
    const { container } = renderClient(<StatusBadge code={code} deadline="3RC" />);
    const label = en.status.label[code].replace('{{deadline}}', '3RC');
    expect(screen.getByText(label)).toBeVisible();
    const icon = container.querySelector(`svg[data-icon="${code}"]`);
    expect(icon).not.toBeNull();
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon?.children.length).toBeGreaterThan(0);
  });

  it('says "Too slow for the 3RC" for off_track, naming the plan’s deadline', () => {
    const { container } = renderClient(<StatusBadge code="off_track" deadline="3RC" />);
    expect(screen.getByText('Too slow for the 3RC')).toBeVisible();
    expect(container.querySelector('.status-badge')).toHaveAttribute('data-status', 'off_track');
  });

  it('without a known deadline, off_track says "the deadline" rather than a placeholder', () => {
    renderClient(<StatusBadge code="off_track" />);
    expect(screen.getByText('Too slow for the deadline')).toBeVisible();
    expect(document.body).not.toHaveTextContent('{{');
  });

  it('gives every status its own icon shape', () => {
    const shapes = STATUS_CODES.map((code) => {
      const { container, unmount } = renderClient(<StatusBadge code={code} />);
      const markup = container.querySelector('svg')?.innerHTML ?? '';
      unmount();
      return markup;
    });
    expect(new Set(shapes).size).toBe(STATUS_CODES.length);
  });
});

describe('status counts and the status filter', () => {
  it('count off_track between stalled and needs acceleration, linking to ?status=off_track', () => {
    renderClient(<StatusCounts counts={{ stalled: 2, off_track: 3, needs_acceleration: 1 }} deadline="3RC" hideZero />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['2Stalled', '3Too slow for the 3RC', '1Needs acceleration']);
    expect(screen.getByRole('link', { name: /Too slow for the 3RC/ })).toHaveAttribute('href', '/flagged?status=off_track');
  });

  it('offer off_track as a filter, most severe first', () => {
    renderClient(<StatusFilter value="off_track" onChange={() => undefined} deadline="3RC" />);
    const select = screen.getByLabelText('Status');
    expect(select).toHaveValue('off_track');
    const options = [...(select as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', ...STATUS_CODES]);
    expect(screen.getByRole('option', { name: 'Too slow for the 3RC' })).toBeInTheDocument();
  });
});
