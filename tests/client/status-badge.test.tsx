import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { STATUS_CODES } from '@ccm/shared/schemas/common';
import { StatusBadge } from '../../client/src/components/ui/status-badge.tsx';
import en from '../../client/src/i18n/locales/en.json';
import { renderClient } from '../helpers/client-render.tsx';

describe('StatusBadge', () => {
  it.each(STATUS_CODES)('shows "%s" as text and an icon, not colour alone', (code) => {
    const { container } = renderClient(<StatusBadge code={code} />);
    const label = en.status.label[code];
    expect(screen.getByText(label)).toBeVisible();
    const icon = container.querySelector(`svg[data-icon="${code}"]`);
    expect(icon).not.toBeNull();
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon?.children.length).toBeGreaterThan(0);
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
