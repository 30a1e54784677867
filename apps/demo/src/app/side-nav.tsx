import type { MouseEvent, ReactNode } from 'react';
import { navigate, ROUTES, type RoutePath } from './router';

/** The host app's main navigation. Links are real links (open in a new tab works); a plain click stays in the app. */
export function SideNav({ route }: { route: RoutePath }): ReactNode {
  const follow = (path: RoutePath) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigate(path);
  };
  return (
    <nav className="side-nav" aria-label="Main">
      <ul>
        {ROUTES.map(({ path, label }) => (
          <li key={path}>
            <a href={path} aria-current={route === path ? 'page' : undefined} onClick={follow(path)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
