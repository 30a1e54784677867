import { useCallback, type Ref, type RefCallback } from 'react';

/** One ref callback that sets every ref given (callbacks or objects), for a part that needs its element too. */
export function useMergedRef<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return useCallback(
    (node: T | null) => {
      for (const ref of refs) {
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }
    },
    // Made again only when one of the refs changes.
    refs,
  );
}
