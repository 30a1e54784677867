import { describe, expect, it, vi } from 'vitest';
import { historyUrlAdapter, writeUrlParams } from './url-adapter';

describe('historyUrlAdapter', () => {
  it('writes history at once, keeping the path and the hash: push adds a step, replace does not', () => {
    window.history.replaceState(null, '', '/tickets#top');
    const listener = vi.fn();
    const unsubscribe = historyUrlAdapter.subscribe(listener);
    const length = window.history.length;
    historyUrlAdapter.write('?page=2', { mode: 'push' });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/tickets?page=2#top');
    expect(historyUrlAdapter.read()).toBe('?page=2');
    expect(window.history.length).toBe(length + 1);
    historyUrlAdapter.write('?page=2&q=refund', { mode: 'replace' });
    expect(window.location.search).toBe('?page=2&q=refund');
    expect(window.history.length).toBe(length + 1);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('tells its listeners about back/forward', async () => {
    window.history.replaceState(null, '', '/tickets?page=3');
    window.history.pushState(null, '', '/tickets?page=4');
    const listener = vi.fn();
    const unsubscribe = historyUrlAdapter.subscribe(listener);
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(listener).toHaveBeenCalledOnce();
    expect(historyUrlAdapter.read()).toBe('?page=3');
    unsubscribe();
  });
});

describe('writeUrlParams', () => {
  it('writes nothing when the query string is already the one asked for', () => {
    const url = { read: () => 'page=2', subscribe: () => () => {}, write: vi.fn() };
    writeUrlParams(url, new URLSearchParams('page=2'), 'push');
    expect(url.write).not.toHaveBeenCalled();
    writeUrlParams(url, new URLSearchParams(''), 'push');
    expect(url.write).toHaveBeenCalledWith('', { mode: 'push' });
  });
});
