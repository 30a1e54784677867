import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
// The memory adapter answers in milliseconds, but a shared 2-core machine can stall a render for a second or more.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: give virtualised lists a viewport, and a ResizeObserver that never reports.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
// Server-rendering tests run in the node environment, without a DOM to patch.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: { configurable: true, get: () => 800 },
    clientWidth: { configurable: true, get: () => 1200 },
  });
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}
