import { afterPaint } from '@ticketkit/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';

/** What `useRowsInView` gives the list. */
export interface RowsInView<T> {
  /** The value row `index` renders from now: the latest, or the one before it while out of view. */
  rowsFor: (index: number) => T;
  /** Rows out of view may still show the previous value (until the task after the next paint). */
  settling: boolean;
  /** Brings every row up to date now (a row is about to be used: it took focus). Stable. */
  settle: () => void;
}

/**
 * What each row renders from, rows in view first. When `rows` changes (a page, sort or search), the rows on screen
 * render from the new value in the frame the change is painted in, and the rows out of view keep the previous one
 * until the task after that paint: the first frame lays out and paints a third of a page instead of all of it. A row
 * that scrolls into view or takes focus while it waits is brought up to date at once. Where rows cannot be watched
 * (no `IntersectionObserver`, the server) every row renders from the new value at once.
 *
 * @param body The element holding the rows; each row carries `data-index`.
 * @param rows What the rows render from (the page's tickets and what the cells need); a new value is a change.
 */
export function useRowsInView<T>(body: RefObject<HTMLElement | null>, rows: T): RowsInView<T> {
  const [settled, setSettled] = useState(rows);
  const latest = useRef(rows);
  const stale = settled !== rows;
  // Indexes of the rows on screen; null until the observer first reports (every row then counts as on screen).
  const inView = useRef<Set<number> | null>(null);
  const watching = useRef<{ observer: IntersectionObserver; rows: Set<Element> } | null>(null);
  const settle = useCallback(() => setSettled(latest.current), []);

  useEffect(() => {
    if (stale) return afterPaint(settle);
  }, [stale, rows, settle]);

  // After every commit: watch the rows that are new, stop watching the ones that left the table.
  useClientLayoutEffect(() => {
    latest.current = rows;
    if (typeof IntersectionObserver !== 'function') return;
    const watch = (watching.current ??= {
      observer: new IntersectionObserver((entries) => {
        const shown = (inView.current ??= new Set());
        let revealed = false;
        for (const { target, isIntersecting } of entries) {
          const index = Number((target as HTMLElement).dataset.index);
          if (!isIntersecting) shown.delete(index);
          else if (!shown.has(index)) {
            shown.add(index);
            revealed = true;
          }
        }
        if (revealed) settle();
      }),
      rows: new Set(),
    });
    for (const row of watch.rows) {
      if (row.isConnected) continue;
      watch.observer.unobserve(row);
      watch.rows.delete(row);
    }
    for (const row of body.current?.querySelectorAll('[data-index]') ?? []) {
      if (watch.rows.has(row)) continue;
      watch.observer.observe(row);
      watch.rows.add(row);
    }
  });
  useEffect(
    () => () => {
      watching.current?.observer.disconnect();
      watching.current = null;
      inView.current = null;
    },
    [],
  );

  const rowsFor = (index: number) => (!stale || inView.current === null || inView.current.has(index) ? rows : settled);
  return { rowsFor, settling: stale, settle };
}
