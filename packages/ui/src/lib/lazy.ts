import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** A lazily loaded module failed to load (`import()` rejected: offline, or a deploy removed the chunk). */
export class LazyLoadError extends Error {
  override readonly name = 'LazyLoadError';
  constructor(
    /** Which part failed, for logs. */
    readonly part: string,
    options: { cause: unknown },
  ) {
    super(`Could not load ${part}`, options);
  }
}

/** A component whose code loads on first render (under `Suspense`), and can be fetched earlier with `preload()`. */
export interface LazyPart<P extends object> {
  /** Renders the part; suspends until its code is there, throws a `LazyLoadError` when it could not load. */
  Component: (props: P) => ReactNode;
  /** Starts loading the code now (on hover, focus or idle), so the first render does not wait. Never throws. */
  preload: () => void;
  /** After a failed load: the next render tries again instead of rethrowing the failure React cached. */
  retry: () => void;
}

/**
 * Wraps `React.lazy` for parts of the panel that the first screen does not need. `load` resolves to the component.
 * Unlike a bare `lazy()`, a failed load can be retried, and a part first rendered after `preload()` brought its code
 * renders at once: a bare `lazy()` whose factory was not called yet suspends once even for a settled promise, so the
 * fallback would flash and React would hold the reveal back (it throttles reveals after a fallback, up to 300 ms).
 */
export function lazyPart<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  // After a failed download only a render (or a retry) asks again: not every later hover of a list row.
  let failed = false;

  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Forget the failure, so a retry (or the next preload) asks the network again.
        pending = undefined;
        failed = true;
        throw new LazyLoadError(name, { cause: error });
      },
    ));
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> => lazy(() => start().then((component) => ({ default: component })));
  let suspending = makeLazy();

  function Component(props: P): ReactNode {
    // Once the code is there, render it directly: `lazy()` would suspend once more for an already resolved promise.
    // Decided once per instance, since switching between the two types remounts (and would lose e.g. a reply draft):
    // under a concurrent root an instance that suspended was never committed and decides again on its retry, but a
    // legacy root (React 18 `render`) commits it with the lazy wrapper, which it then keeps.
    const [direct] = useState(() => loaded);
    return direct === undefined ? createElement(suspending, props) : createElement(direct, props);
  }

  return {
    Component,
    // Cheap when called on every hover: one check once the code is there, on its way, or failed.
    preload: () => {
      if (loaded === undefined && pending === undefined && !failed) start().catch(() => undefined);
    },
    retry: () => {
      if (loaded === undefined) suspending = makeLazy();
    },
  };
}

/**
 * Runs `task` when the browser is idle (at most `timeout` ms later), or after a short delay where there is no
 * `requestIdleCallback` (Safari). Returns a cancel function, for an effect's cleanup. Does nothing without a window.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window === 'undefined') return () => undefined;
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}
