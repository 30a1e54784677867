import { Command as CommandPrimitive } from 'cmdk';
import { useRef, type ComponentProps, type ReactNode, type RefObject } from 'react';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';
import { useMergedRef } from '../lib/use-merged-ref';

/*
 * A thin wrapper over cmdk, the way shadcn/ui wraps it: `data-slot` on every part (the caller's own wins), the
 * caller's `className` as given. cmdk makes the input a combobox (`aria-autocomplete="list"`,
 * `aria-activedescendant`) controlling a listbox of options; the highlighted option has `aria-selected="true"` and
 * `data-selected="true"`, the arrows move it (Home, End too) and Enter chooses it.
 */

/** The root: an input and a list. `label` names the input; `shouldFilter={false}` when the caller filters. */
export function Command(props: ComponentProps<typeof CommandPrimitive>): ReactNode {
  return <CommandPrimitive data-slot="command" {...props} />;
}

/**
 * Keeps `aria-activedescendant` of the input and the list on the highlighted option. cmdk 1.1.1 sets it only when
 * the arrows or the pointer move the highlight: the option highlighted as the list opens or as the filter changes
 * (the one Enter picks) is not named, or an earlier one is (dip/cmdk#373, #413), so a screen reader would not hear
 * what Enter is about to choose. cmdk owns the attribute (a prop given is overwritten), hence the observer.
 */
function useActiveDescendant(input: RefObject<HTMLInputElement | null>): void {
  useClientLayoutEffect(() => {
    const root = input.current?.closest('[cmdk-root]');
    if (!root) return;
    const sync = () => {
      const id = root.querySelector('[cmdk-item][aria-selected="true"]')?.id;
      for (const element of root.querySelectorAll('[cmdk-input], [cmdk-list]')) {
        if (id && element.getAttribute('aria-activedescendant') !== id) element.setAttribute('aria-activedescendant', id);
        else if (!id && element.hasAttribute('aria-activedescendant')) element.removeAttribute('aria-activedescendant');
      }
    };
    sync();
    // Settles at once: a pass that changes nothing causes no further mutation.
    const observer = new MutationObserver(sync);
    observer.observe(root, { subtree: true, childList: true, attributeFilter: ['aria-selected', 'aria-activedescendant'] });
    return () => observer.disconnect();
  }, [input]);
}

/** The filter box (`role="combobox"`): `value` and `onValueChange` to control its text. */
export function CommandInput({ ref, ...props }: ComponentProps<typeof CommandPrimitive.Input>): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  useActiveDescendant(input);
  return <CommandPrimitive.Input data-slot="command-input" {...props} ref={useMergedRef(input, ref)} />;
}

/** The options (`role="listbox"`); name it with `aria-labelledby` (else `label`). */
export function CommandList(props: ComponentProps<typeof CommandPrimitive.List>): ReactNode {
  return <CommandPrimitive.List data-slot="command-list" {...props} />;
}

/** One option: a stable `value`, and `onSelect` run on a click or Enter while it is highlighted. */
export function CommandItem(props: ComponentProps<typeof CommandPrimitive.Item>): ReactNode {
  return <CommandPrimitive.Item data-slot="command-item" {...props} />;
}
