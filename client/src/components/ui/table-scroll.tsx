// A table that may be wider than a phone: it scrolls inside a focusable, labelled region instead of the page.
import type { ReactNode } from 'react';

export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // The region is focusable so keyboard users can scroll it (WCAG 2.1.1).
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
