import { useEffect } from 'react';
import type { ThemeSetting } from '../data/settings';

/** Puts the theme on the root element, where both the app's and the panel's `--tk-*` tokens read it. */
export function applyTheme(theme: ThemeSetting): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

/** Keeps the root element's theme in step with the setting. */
export function useTheme(theme: ThemeSetting): void {
  useEffect(() => applyTheme(theme), [theme]);
}
