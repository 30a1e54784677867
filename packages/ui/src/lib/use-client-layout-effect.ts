import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (runs before paint and before any event can reach the component), `useEffect` on
 * the server, where React 18 warns about layout effects and they would never run anyway.
 */
export const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
