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

  it('keeps a waiting write across a jump to an anchor, and keeps a void one void', async () => {
    window.history.replaceState(null, '', '/tickets');
    writeSearch(params('q=refund'), 'replace');
    window.history.pushState(null, '', '/tickets#main'); // "Skip to content"
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(readSearch()).toBe('?q=refund');
    flushUrlWrites();
    expect(window.location.search + window.location.hash).toBe('?q=refund#main');

    writeSearch(params('page=2'), 'push');
    window.history.replaceState(null, '', '/login'); // a guard bounces the page away and back
    expect(readSearch()).toBe('');
    window.history.replaceState(null, '', '/tickets?q=refund');
    expect(readSearch()).toBe('?q=refund');
    flushUrlWrites();
    expect(window.location.search).toBe('?q=refund');
  });

  it('drops a waiting write on back/forward', async () => {
    window.history.replaceState(null, '', '/tickets?page=3');
    window.history.pushState(null, '', '/tickets?page=4');
    const listener = vi.fn();
    const unsubscribe = subscribeToUrl(listener);
    writeSearch(params('page=5'), 'push');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(readSearch()).toBe('?page=3');
    expect(listener).toHaveBeenCalledTimes(2);
    await nextPaint();
    expect(window.location.search).toBe('?page=3');
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
