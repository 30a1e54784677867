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

// jsdom has <dialog> but not showModal() and close(): minimal stand-ins at the platform edge (the open attribute, the
// focus moving in, the `close` event). The real thing (top layer, the page inert, focus kept in) is checked in
// Chromium by the stories and the demo's end-to-end tests. Unlike a browser, which fires `close` a task later, this
// stand-in fires it at once: a listener added right after a close() (a StrictMode remount) sees it only in a browser.
const dialogPrototype: Partial<HTMLDialogElement> | undefined = globalThis.HTMLDialogElement?.prototype;
if (dialogPrototype && !('showModal' in dialogPrototype)) {
  const FOCUSABLE = '[autofocus], button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
  dialogPrototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  };
  dialogPrototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
