import { useMemo } from 'react';
import { cn } from './cn';

/** Styling props every component takes: a root class, a class per part, and a mode without the default styles. */
export interface StyleProps<Part extends string> {
  /** Added to the component's root element, after the default class. */
  className?: string;
  /** Extra classes keyed by part name (the `data-slot` without the component prefix), e.g. `{ row: 'my-row' }`. */
  classNames?: Partial<Record<Part, string>>;
  /** Drop the default `tk-*` classes (and so every default style); `data-slot`, `data-state` and your classes stay. */
  unstyled?: boolean;
}

/** The attributes a part gets: its slot name, its state, and the merged class. */
export interface SlotAttributes {
  'data-slot': string;
  'data-state'?: string;
  className: string | undefined;
}

/** Options of one part: its state, and classes of the caller's that go last. */
export interface SlotOptions {
  /** An enumerated state, e.g. `selected`, `loading`, `open`. */
  state?: string | undefined;
  /** Extra classes for this one element (e.g. a host's `className` on the root). */
  className?: string | undefined;
  /** Shared default classes this part also uses (e.g. `tk-button`); dropped in unstyled mode like `tk-<slot>`. */
  defaults?: string | undefined;
}

/** Makes `slot(part)` for a component: `data-slot="ticket-list-row"`, class `tk-ticket-list-row` unless unstyled. */
export type SlotFn<Part extends string> = (part: Part, options?: SlotOptions) => SlotAttributes;

/**
 * Builds the part helper of a component. The part `root` is named after the component itself
 * (`data-slot="ticket-list"`), gets the shared `tk-root` class (font, colours, surface) and the caller's `className`;
 * other parts are `<component>-<part>`.
 */
export function createSlots<Part extends string>(component: string, props: StyleProps<Part>): SlotFn<Part> {
  const { classNames, unstyled, className } = props;
  return (part, options = {}) => {
    const name = part === 'root' ? component : `${component}-${part}`;
    const attributes: SlotAttributes = {
      'data-slot': name,
      className:
        cn(unstyled ? undefined : [part === 'root' && 'tk-root', `tk-${name}`, options.defaults], classNames?.[part], part === 'root' ? className : undefined, options.className) ||
        undefined,
    };
    if (options.state !== undefined) attributes['data-state'] = options.state;
    return attributes;
  };
}

/** `createSlots` for a component's render, made again only when its `className`, `classNames` or `unstyled` change. */
export function useSlots<Part extends string>(component: string, props: StyleProps<Part>): SlotFn<Part> {
  const { className, classNames, unstyled } = props;
  return useMemo(() => createSlots(component, { className, classNames, unstyled }), [component, className, classNames, unstyled]);
}
