import type { ReactNode } from 'react';

/** A workspace screen's title, its one-line purpose and, optionally, tools on the end side. */
export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="ws-page__header">
      <div>
        <h1>{title}</h1>
        {lead ? <p className="ws-lead">{lead}</p> : null}
      </div>
      {children ? <div className="ws-page__tools">{children}</div> : null}
    </header>
  );
}
