import { useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useClientLayoutEffect } from './use-client-layout-effect';

/** Text direction of a side, as HTML's `dir` takes it. */
export type Direction = 'ltr' | 'rtl';

/**
 * The attributes that make content portaled to `document.body` look and read like the component it came from:
 * spread them on the portaled element.
 */
export interface PortalTheme {
  dir: Direction;
  lang?: string;
  'data-theme'?: string;
  'data-density'?: string;
  /** The `--tk-*` variables in effect at the source, including a host's own overrides on its wrappers. */
  style?: CSSProperties;
}

const LTR: PortalTheme = { dir: 'ltr' };

/**
 * Reads the theme in effect at `element`: its direction, language, the nearest `data-theme` and `data-density`, and
 * the computed value of every `--tk-*` variable (browsers list the custom properties of a computed style).
 */
export function readPortalTheme(element: Element): PortalTheme {
  const computed = getComputedStyle(element);
  const variables: Record<string, string> = {};
  for (let index = 0; index < computed.length; index++) {
    const name = computed.item(index);
    if (name.startsWith('--tk-')) variables[name] = computed.getPropertyValue(name);
  }
  const theme: PortalTheme = { dir: computed.direction === 'rtl' ? 'rtl' : 'ltr', style: variables };
  const lang = element.closest('[lang]')?.getAttribute('lang');
  if (lang) theme.lang = lang;
  const colours = element.closest('[data-theme]')?.getAttribute('data-theme');
  if (colours) theme['data-theme'] = colours;
  const density = element.closest('[data-density]')?.getAttribute('data-density');
  if (density) theme['data-density'] = density;
  return theme;
}

/** Attributes of an ancestor that change the theme; `style` is left out, as the dialogs' scroll lock writes it on the body. */
const THEME_ATTRIBUTES = ['data-theme', 'data-density', 'dir', 'lang', 'class'];

/**
 * The theme at `ref`'s element, for a dialog or popup it portals out of its subtree (which would otherwise lose the
 * host's `data-theme`, `dir`, density and `--tk-*` overrides set on an ancestor).
 *
 * Reading it makes the browser compute styles, so it is read once as the portal opens (before the paint, so the first
 * frame already has the host's theme), then only while open when an ancestor's theme attributes or the system's
 * colour scheme change — never after every render.
 */
export function usePortalTheme(ref: RefObject<Element | null>, active: boolean): PortalTheme {
  const [theme, setTheme] = useState<PortalTheme>(LTR);
  const key = useRef('');
  useClientLayoutEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    const read = () => {
      const next = readPortalTheme(element);
      const nextKey = JSON.stringify(next);
      if (nextKey === key.current) return;
      key.current = nextKey;
      setTheme(next);
    };
    read();
    // Each ancestor on its own, not the whole document's subtree: class changes in the list must not wake this.
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(read);
    for (let node: Element | null = element; node && observer; node = node.parentElement) {
      observer.observe(node, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
    }
    const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    scheme?.addEventListener('change', read);
    return () => {
      observer?.disconnect();
      scheme?.removeEventListener('change', read);
    };
  }, [active, ref]);
  return theme;
}
