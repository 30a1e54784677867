import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useCallback, useMemo, type ReactNode, type RefCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordingObserver } from '../test/recording-observer';
import { useVirtualList } from './use-virtual-list';

// jsdom has no layout. At the edge only: a row's height comes from its `data-height`, the viewport is 800 px tall
// (the shared test setup), and a ResizeObserver the test drives by hand stands in for the browser's.
class ManualResizeObserver extends RecordingObserver<ResizeObserverCallback> {
  static current: ManualResizeObserver | undefined;
  constructor(callback: ResizeObserverCallback) {
    super(callback);
    ManualResizeObserver.current = this;
  }
  /** Reports `targets` at their current `data-height`, as the browser does after a layout. */
  report(...targets: HTMLElement[]) {
    const entries = targets.map((target) => ({ target, borderBoxSize: [{ blockSize: Number(target.dataset.height ?? 0), inlineSize: 0 }] }));
    act(() => this.callback(entries as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver));
  }
}

let measuredRows: string[];
beforeEach(() => {
  measuredRows = [];
  vi.stubGlobal('ResizeObserver', ManualResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.dataset.index !== undefined) measuredRows.push(this.dataset.index);
    return { height: Number(this.dataset.height ?? 0) } as DOMRect;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Rows of 40, 60, 80 and 100 px in turn: 70 px on average against an estimate of 50.
const heightOf = (index: number) => 40 + (index % 4) * 20;
const keysOf = (count: number) => Array.from({ length: count }, (_, index) => `m${index}`);

type Wrap = (ref: RefCallback<HTMLElement>) => RefCallback<HTMLElement>;
// Only React 19 is installed. React 18 drops a ref's returned cleanup and calls the ref with null instead.
const react18: Wrap = (ref) => (element) => void ref(element);
// React 18's StrictMode runs the effects twice but attaches each ref once (React 19 detaches and attaches it again).
const react18Strict: Wrap = (ref) => {
  const attached = new WeakSet<HTMLElement>();
  return (element) => {
    if (element && !attached.has(element)) {
      attached.add(element);
      void ref(element);
    }
    return () => undefined;
  };
};

function List({ keys, wrap, viewportKey }: { keys: string[]; wrap?: Wrap; viewportKey?: string }): ReactNode {
  const getKey = useCallback((index: number) => keys[index]!, [keys]);
  const list = useVirtualList({ count: keys.length, getKey, estimateSize: 50, overscan: 2 });
  const { rows, totalSize, atEnd, scrollToEnd } = list;
  const viewportRef = useMemo(() => (wrap ? wrap(list.viewportRef) : list.viewportRef), [wrap, list.viewportRef]);
  const measureRef = useMemo(() => (wrap ? wrap(list.measureRef) : list.measureRef), [wrap, list.measureRef]);
  return (
    <>
      <div key={viewportKey} ref={viewportRef} data-testid="viewport">
        <div data-testid="content" style={{ blockSize: totalSize }}>
          <ol style={{ transform: `translateY(${rows[0]?.start ?? 0}px)` }}>
            {rows.map((row) => (
              <li key={row.key} ref={measureRef} data-index={row.index} data-height={heightOf(row.index)}>
                {row.key}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p data-testid="where">{atEnd ? 'at end' : 'reading'}</p>
      <button type="button" onClick={scrollToEnd}>
        Jump to latest
      </button>
    </>
  );
}

const viewport = () => screen.getByTestId('viewport');
const shownIndexes = () => screen.getAllByRole('listitem').map((item) => Number(item.dataset.index));
const scrollTo = (top: number) => {
  viewport().scrollTop = top;
  fireEvent.scroll(viewport());
};

describe('useVirtualList', () => {
  it('opens at the end: renders only the last rows, measured, with the scroll at the very bottom', () => {
    render(<List keys={keysOf(2000)} />);
    const shown = shownIndexes();
    expect(shown.at(-1)).toBe(1999);
    // 800 px of rows of 40–100 px, plus 2 of overscan above: a dozen or two, never thousands.
    expect(shown.length).toBeLessThan(25);
    // Every row measured so far counts at its height, the rest at the estimate.
    const measured = new Set(measuredRows.map(Number));
    const total = (2000 - measured.size) * 50 + [...measured].reduce((sum, index) => sum + heightOf(index), 0);
    expect(Math.min(...measured)).toBeLessThanOrEqual(shown[0]!);
    expect(screen.getByTestId('content').style.blockSize).toBe(`${total}px`);
    expect(viewport().scrollTop).toBe(total - 800);
    expect(screen.getByTestId('where')).toHaveTextContent('at end');
  });

  it('adds the overscan rows only after the first frame, so they never delay its paint', async () => {
    render(<List keys={keysOf(2000)} />);
    const first = shownIndexes();
    expect(first.at(-1)).toBe(1999);
    // At the end there is nothing below: the 2 overscan rows come above, once the first frame is painted.
    await waitFor(() => expect(shownIndexes()).toHaveLength(first.length + 2));
    expect(shownIndexes()[0]).toBe(first[0]! - 2);
    expect(viewport().scrollTop).toBe(Number.parseFloat(screen.getByTestId('content').style.blockSize) - 800);
  });

  it('takes the scroll event of its own move to the end for no scroll of the reader: the first frame stays without overscan', () => {
    render(<List keys={keysOf(2000)} />);
    const first = shownIndexes();
    // The browser reports the position the list wrote as it opened, in the frame it first paints.
    fireEvent.scroll(viewport());
    expect(shownIndexes()).toEqual(first);
    expect(screen.getByTestId('where')).toHaveTextContent('at end');
  });

  it('measures each row once, in one batch after it is rendered, not again on later renders', () => {
    const { rerender } = render(<List keys={keysOf(300)} />);
    const first = [...measuredRows];
    expect(new Set(first).size).toBe(first.length);
    rerender(<List keys={keysOf(300)} />);
    expect(measuredRows).toEqual(first);
  });

  it('renders the rows a scroll brings into view, with the overscan, and leaves the end', () => {
    render(<List keys={keysOf(2000)} />);
    scrollTo(0);
    // 800 px from the top: rows 0–12 (40+60+80+100 = 280 px per four rows, estimated 50 px until measured).
    expect(shownIndexes()[0]).toBe(0);
    expect(shownIndexes().length).toBeLessThan(25);
    expect(screen.getByTestId('where')).toHaveTextContent('reading');
    expect(screen.getByRole('list').style.transform).toBe('translateY(0px)');
  });

  it('counts as at the end within 48 px of it', () => {
    render(<List keys={keysOf(500)} />);
    const end = viewport().scrollTop;
    scrollTo(end - 40);
    expect(screen.getByTestId('where')).toHaveTextContent('at end');
    scrollTo(end - 200);
    expect(screen.getByTestId('where')).toHaveTextContent('reading');
  });

  it('follows new rows at the end, and leaves the reader in place when they scrolled up', () => {
    const { rerender } = render(<List keys={keysOf(500)} />);
    rerender(<List keys={keysOf(501)} />);
    expect(shownIndexes().at(-1)).toBe(500);
    const atEnd = viewport().scrollTop;
    expect(Number.parseFloat(screen.getByTestId('content').style.blockSize) - atEnd).toBe(800);

    scrollTo(1000);
    const reading = viewport().scrollTop;
    rerender(<List keys={keysOf(502)} />);
    expect(viewport().scrollTop).toBe(reading);
    expect(shownIndexes()).not.toContain(501);
  });

  it('keeps the row in view in place when a row above it grows (anchored scroll)', () => {
    render(<List keys={keysOf(2000)} />);
    // A scroll brings the overscan at once: rows 2 above the one at the viewport's top are rendered.
    scrollTo(20_000);
    // The rows this scroll rendered were measured; those above the top row moved the scroll with them already.
    const before = viewport().scrollTop;
    const [top] = shownIndexes();
    // A row above the one at the viewport's top, in the overscan, grows by 50 px (an image loaded, a font swapped).
    const above = screen.getAllByRole('listitem').find((item) => Number(item.dataset.index) === top)!;
    above.dataset.height = String(heightOf(top!) + 50);
    ManualResizeObserver.current!.report(above);
    expect(viewport().scrollTop).toBe(before + 50);
  });

  it('stays pinned to the end when the viewport is resized', () => {
    render(<List keys={keysOf(500)} />);
    const total = Number.parseFloat(screen.getByTestId('content').style.blockSize);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    ManualResizeObserver.current!.report(viewport());
    expect(viewport().scrollTop).toBe(total - 600);
  });

  it('goes back to the end on scrollToEnd and is at the end again', () => {
    render(<List keys={keysOf(2000)} />);
    scrollTo(0);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to latest' }));
    expect(shownIndexes().at(-1)).toBe(1999);
    expect(Number.parseFloat(screen.getByTestId('content').style.blockSize) - viewport().scrollTop).toBe(800);
    expect(screen.getByTestId('where')).toHaveTextContent('at end');
  });

  it('renders nothing for an empty list', () => {
    render(<List keys={[]} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByTestId('content').style.blockSize).toBe('0px');
  });

  describe('with React 18 refs (called with null, a returned cleanup ignored)', () => {
    it('stops observing rows scrolled out of the DOM once the observer reports them gone', () => {
      render(<List keys={keysOf(2000)} wrap={react18} />);
      const end = screen.getAllByRole('listitem');
      scrollTo(0);
      expect(end.some((row) => row.isConnected)).toBe(false);
      const observer = ManualResizeObserver.current!;
      observer.report(...end);
      expect(end.filter((row) => observer.targets.has(row))).toEqual([]);
      expect(shownIndexes()[0]).toBe(0);
    });

    it('lets go of a replaced or unmounted viewport: its scroll listener removed, no longer observed once reported gone', () => {
      const { rerender, unmount } = render(<List keys={keysOf(500)} wrap={react18} viewportKey="a" />);
      const old = viewport();
      const removed = vi.spyOn(old, 'removeEventListener');
      rerender(<List keys={keysOf(500)} wrap={react18} viewportKey="b" />);
      expect(removed).toHaveBeenCalledWith('scroll', expect.any(Function));
      ManualResizeObserver.current!.report(old);
      expect(ManualResizeObserver.current!.targets.has(old)).toBe(false);
      expect(ManualResizeObserver.current!.targets.has(viewport())).toBe(true);
      scrollTo(0);
      expect(screen.getByTestId('where')).toHaveTextContent('reading');

      const current = viewport();
      const removedNow = vi.spyOn(current, 'removeEventListener');
      unmount();
      expect(removedNow).toHaveBeenCalledWith('scroll', expect.any(Function));
    });
  });

  it.each([
    ['React 19', undefined],
    ['React 18', react18Strict],
  ])('under StrictMode (%s) observes the viewport and its rows after the effects ran twice', (_, wrap) => {
    render(
      <StrictMode>
        <List keys={keysOf(500)} wrap={wrap} />
      </StrictMode>,
    );
    const { targets } = ManualResizeObserver.current!;
    expect(targets.has(viewport())).toBe(true);
    expect(screen.getAllByRole('listitem').every((row) => targets.has(row))).toBe(true);
    const total = Number.parseFloat(screen.getByTestId('content').style.blockSize);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    ManualResizeObserver.current!.report(viewport());
    expect(viewport().scrollTop).toBe(total - 600);
  });
});
