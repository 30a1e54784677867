import type { ReactNode } from 'react';
import type { DemoViewer } from '../data/demo-data';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** The host app's own header: brand, and who is signed in. */
export function AppHeader({ viewer }: { viewer: DemoViewer }): ReactNode {
  return (
    <header className="app-header">
      <a className="brand" href="/tickets">
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        <span className="brand-name">Acme Console</span>
      </a>
      <div className="header-user" data-testid="signed-in-as">
        <span className="avatar" aria-hidden="true">
          {initials(viewer.name)}
        </span>
        <span className="header-user-text">
          <span className="header-user-name">{viewer.name}</span>
          <span className="header-user-role">{viewer.role === 'admin' ? 'Administrator' : 'Member'}</span>
        </span>
      </div>
    </header>
  );
}
