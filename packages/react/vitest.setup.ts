import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { flushUrlWrites } from './src/url-store';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  if (typeof window !== 'undefined') {
    window.sessionStorage.clear();
    flushUrlWrites(); // a write still waiting for its frame must not reach the next test
    window.history.replaceState(null, '', '/');
  }
});
