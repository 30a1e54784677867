import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefCallback } from 'react';
import { flushSync } from 'react-dom';
import { anchorShift, endScrollTop, rowHeights, rowOffsets, visibleRange, type MeasuredRow } from './virtual-range';

/** Options of `useVirtualList`. */
export interface VirtualListOptions {
  /** How many rows the list has. */
  count: number;
  /** A stable key of row `index`; a row's measured height is remembered under it. Keep it stable while the rows are. */
  getKey: (index: number) => string;
  /** A first guess at a row's height in px, used until the row is rendered and measured. */
  estimateSize: number;
  /** Rows rendered beyond each edge of the viewport. Default 6. */
  overscan?: number;
  /** Within this many px of the end the list counts as at its end, and then follows new rows. Default 48. */
  endThreshold?: number;
}

/** A row to render: `start` is its offset from the list's top in px; key its element by `key`. */
export interface VirtualRow {
  index: number;
  key: string;
  start: number;
}

/** What `useVirtualList` returns. */
export interface VirtualList {
  /** Ref of the scrolling element. */
  viewportRef: RefCallback<HTMLElement>;
  /** Ref of every rendered row; the row element needs `data-index`. Measures it once, then watches its size. */
  measureRef: RefCallback<HTMLElement>;
  /** The rows to render, in order. */
  rows: VirtualRow[];
  /** Height of the whole list in px: the size of the scrolling content. */
  totalSize: number;
  /** Whether the viewport is at (within `endThreshold` of) the end; while it is, new rows and resizes keep it there. */
  atEnd: boolean;
  /** Scrolls to the end and stays there, before the next paint. */
  scrollToEnd: () => void;
}

interface ViewState {
  /** Measured heights by row key; a new map whenever one changes. */
  sizes: ReadonlyMap<string, MeasuredRow>;
  scrollTop: number;
  /** The viewport's height; 0 until it is measured. */
  height: number;
  /** Pinned to the end (the reader is there, or asked to go there). */
  pinned: boolean;
}

// The viewport's height is only known after the first render. The stylesheet's conversation is at most 32rem
// (512 px) tall: a guess that fills it in one pass without rendering rows that are dropped right after.
const FIRST_HEIGHT_GUESS = 512;
// Long enough for the first frame to be painted, short enough to be done before a person starts scrolling.
const OVERSCAN_DELAY_MS = 100;
// Sub-pixel differences come from rounding, not from a row that changed.
const same = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 0.5;
// Kept apart from the view state's map until merged into it.
type Measured = Map<string, MeasuredRow>;

/**
 * A small virtualiser for a chat-like list of rows of varying height, opened at its end. Only the rows in view (plus
 * `overscan`) are rendered; each is measured once in a single batched read right after it is committed, before
 * paint, so positions and the scroll to the end are right in the first painted frame. One ResizeObserver follows
 * later size changes of the rows and the viewport. While at the end it stays pinned there (new rows, resizes);
 * elsewhere, rows above the one in view that change height move the scroll with them, so the reader's place holds.
 */
export function useVirtualList(options: VirtualListOptions): VirtualList {
  const { count, getKey, estimateSize, overscan = 6, endThreshold = 48 } = options;
  const [view, setView] = useState<ViewState>(() => ({ sizes: new Map(), scrollTop: 0, height: 0, pinned: true }));
  const offsets = useMemo(
    () => rowOffsets(rowHeights(count, getKey, estimateSize, view.sizes)),
    [count, getKey, estimateSize, view.sizes],
  );
  const height = view.height || FIRST_HEIGHT_GUESS;
  const scrollTop = view.pinned ? endScrollTop(offsets, height) : view.scrollTop;
  // The first frame shows only the rows in view; the overscan, out of sight by definition, follows a moment later,
  // so it never delays the first paint of a long list. A scroll before then brings it at once.
  const [warm, setWarm] = useState(false);
  const hasRows = count > 0;
  useEffect(() => {
    if (!hasRows) return;
    const timer = setTimeout(() => setWarm(true), OVERSCAN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [hasRows]);
  const range = visibleRange(offsets, scrollTop, height, warm ? overscan : 0);
  const totalSize = offsets[count]!;

  // What effects, the scroll handler and the observer need of the latest render (they outlive it).
  const live = useRef({ offsets, range, view, getKey, endThreshold, written: -1, seen: 0 });
  const viewport = useRef<HTMLElement | null>(null);
  const fresh = useRef(new Set<HTMLElement>());
  const observer = useRef<ResizeObserver | null>(null);

  useLayoutEffect(() => {
    live.current = { ...live.current, offsets, range, view, getKey, endThreshold };
  });

  // One batch of reads (a single layout) for the viewport and every row not measured yet, then one state update.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measured: Measured = new Map();
    // Read only with new rows to measure (or none yet): later viewport resizes come from the observer.
    const newHeight = fresh.current.size > 0 || view.height === 0 ? element.clientHeight : view.height;
    for (const row of fresh.current) {
      const index = Number(row.dataset.index);
      const key = getKey(index);
      // A row in a hidden panel measures 0: keep the estimate until it is shown (the observer reports it then).
      const size = row.isConnected ? row.getBoundingClientRect().height : 0;
      if (size > 0 && !same(view.sizes.get(key)?.size, size)) measured.set(key, { index, size });
    }
    fresh.current.clear();
    if (measured.size > 0 || (newHeight > 0 && !same(view.height, newHeight))) {
      setView((previous) => resized(previous, measured, newHeight > 0 ? newHeight : previous.height));
      return;
    }
    // The DOM now matches the state: bring the scroll position in line with it.
    // Pinned: the end, whenever it moved. Elsewhere: only a position the state changed (a row above grew), never
    // a stale one, as the reader's own scrolling updates the state only when the rendered rows change.
    const target = view.pinned ? endScrollTop(offsets, view.height) : view.scrollTop;
    const requested = view.pinned || view.scrollTop !== live.current.seen;
    live.current.seen = view.scrollTop;
    if (requested && !same(live.current.written, target)) {
      live.current.written = target;
      element.scrollTop = target;
    }
  });

  function resized(previous: ViewState, measured: Measured, newHeight: number): ViewState {
    const { getKey: keyOf, offsets: before } = live.current;
    const sizes = measured.size > 0 ? new Map([...previous.sizes, ...measured]) : previous.sizes;
    if (previous.pinned) return { ...previous, sizes, height: newHeight };
    // Keep the row at the top of the viewport in place when rows above it change height.
    const after = rowOffsets(rowHeights(before.length - 1, keyOf, estimateSize, sizes));
    return { ...previous, sizes, height: newHeight, scrollTop: Math.max(0, previous.scrollTop + anchorShift(before, after, previous.scrollTop)) };
  }

  const onScroll = useCallback(() => {
    const element = viewport.current;
    const { offsets: current, range: shown, view: state, endThreshold: threshold } = live.current;
    if (!element) return;
    const top = element.scrollTop;
    // The echo of a position this hook wrote (opening at the end, staying pinned): nothing the reader did. Handling
    // it would render the overscan in the very frame the list first paints in, which it waits 100 ms to avoid.
    if (same(live.current.written, top)) return;
    live.current.written = top;
    const pinned = endScrollTop(current, state.height) - top <= threshold;
    const next = visibleRange(current, top, state.height, overscan);
    if (pinned === state.pinned && next.start === shown.start && next.end === shown.end) return;
    // Synchronously, so the rows coming into view are there in the frame this scroll is painted in.
    flushSync(() => {
      setWarm(true);
      setView((previous) => ({ ...previous, scrollTop: top, pinned }));
    });
  }, [overscan]);

  // One observer for the viewport and every row, made on first use (row refs attach before the viewport's). The refs
  // handle `null` rather than return a cleanup, which React 18 (a supported peer) ignores.
  const watch = (element: HTMLElement) => {
    observer.current ??= new ResizeObserver((entries) => {
      const { getKey: keyOf, view: state } = live.current;
      const measured: Measured = new Map();
      let newHeight = state.height;
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        // A row no longer rendered: a ref called with `null` does not say which, the report of its removal does.
        if (!target.isConnected) {
          observer.current?.unobserve(target);
          continue;
        }
        if (target === viewport.current) {
          newHeight = target.clientHeight || newHeight;
          continue;
        }
        const size = entry.borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height;
        const index = Number(target.dataset.index);
        const key = keyOf(index);
        if (size > 0 && !same(state.sizes.get(key)?.size, size)) measured.set(key, { index, size });
      }
      // Not flushed synchronously: rows rendered inside an observer callback would have their own first
      // observations left undelivered in this frame (a "ResizeObserver loop" error).
      if (measured.size > 0 || !same(state.height, newHeight)) setView((previous) => resized(previous, measured, newHeight));
    });
    observer.current.observe(element);
  };
  // Made again on every mount: React 18's StrictMode runs this cleanup and the effect again without re-attaching refs.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (element) [element, ...element.querySelectorAll<HTMLElement>('[data-index]')].forEach(watch);
    return () => {
      observer.current?.disconnect();
      observer.current = null;
    };
  }, []);

  const viewportRef = useCallback<RefCallback<HTMLElement>>(
    (element) => {
      // A viewport taken out is let go by the observer as it reports it gone, like a row.
      viewport.current?.removeEventListener('scroll', onScroll);
      viewport.current = element;
      if (!element) return;
      element.addEventListener('scroll', onScroll, { passive: true });
      watch(element);
    },
    // `watch` reads only refs.
    [onScroll],
  );

  const measureRef = useCallback<RefCallback<HTMLElement>>((element) => {
    if (!element) return;
    fresh.current.add(element);
    watch(element);
  }, []);

  const scrollToEnd = useCallback(() => {
    live.current.written = -1;
    setView((previous) => (previous.pinned ? { ...previous } : { ...previous, pinned: true }));
  }, []);

  const rows: VirtualRow[] = [];
  for (let index = range.start; index < range.end; index++) rows.push({ index, key: getKey(index), start: offsets[index]! });
  return { viewportRef, measureRef, rows, totalSize, atEnd: view.pinned, scrollToEnd };
}
