import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushUrlWrites, readSearch, subscribeToUrl, writeSearch } from './url-store';

const params = (search: string) => new URLSearchParams(search);
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

afterEach(() => {
  flushUrlWrites();
  window.history.replaceState(null, '', '/');
});

describe('url store', () => {
  it('tells listeners and readSearch() at once, and writes history after the next paint', async () => {
    window.history.replaceState(null, '', '/tickets#top');
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    const length = window.history.length;
    writeSearch(params('page=2'), 'push');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(readSearch()).toBe('?page=2');
    expect(window.location.search).toBe(''); // not yet: the frame comes first
    await nextPaint();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/tickets?page=2#top');
    expect(window.history.length).toBe(length + 1);
    unsubscribe();
  });

  it('keeps every push its own history step, and lets a replace amend the waiting push', () => {
    const length = window.history.length;
    writeSearch(params('page=2'), 'push');
    writeSearch(params('page=3'), 'push');
    writeSearch(params('page=3&q=refund'), 'replace');
    flushUrlWrites();
    expect(window.history.length).toBe(length + 2);
    expect(window.location.search).toBe('?page=3&q=refund');
  });

  it('waits for idle time as well with a replace (the search as typed), not with a push', async () => {
    const idle = vi.fn((work: () => void) => setTimeout(work, 50));
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', clearTimeout);
    try {
      writeSearch(params('q=ref'), 'replace');
      await nextPaint();
      expect(idle).toHaveBeenCalledOnce();
      expect(window.location.search).toBe('');
      await vi.waitFor(() => expect(window.location.search).toBe('?q=ref'));
      writeSearch(params('q=ref&page=2'), 'push');
      await nextPaint();
      expect(idle).toHaveBeenCalledOnce();
      expect(window.location.search).toBe('?q=ref&page=2');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('drops a waiting write when someone else navigated first, and tells the listeners', async () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    window.history.replaceState(null, '', '/tickets');
    writeSearch(params('page=2'), 'push');
    window.history.pushState(null, '', '/settings?tab=team'); // the host's router
    expect(readSearch()).toBe('?tab=team');
    listener.mockClear();
    await nextPaint();
    expect(listener).toHaveBeenCalledOnce();
    expect(window.location.pathname + window.location.search).toBe('/settings?tab=team');
    unsubscribe();
  });

  it('drops a waiting write on back/forward', async () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    writeSearch(params('page=5'), 'push');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(readSearch()).toBe('');
    expect(listener).toHaveBeenCalledTimes(2);
    await nextPaint();
    expect(window.location.search).toBe('');
    unsubscribe();
  });

  it('writes nothing when the query string is already the one asked for', () => {
    window.history.replaceState(null, '', '/?page=2');
    const length = window.history.length;
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    writeSearch(params('page=2'), 'push');
    flushUrlWrites();
    expect(listener).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);
    unsubscribe();
  });
});
