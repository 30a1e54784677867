import { afterPaint } from '@ticketkit/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useClientLayoutEffect } from '../lib/use-client-layout-effect';

/**
 * What each row renders from, rows in view first. When `rows` changes (a page, sort or search), the rows on screen
 * render from the new value in the frame the change is painted in, and the rows out of view keep the previous one
 * until the task after that paint: the first frame lays out and paints a third of a page instead of all of it. A row
 * that scrolls into view while it waits is brought up to date at once. Where rows cannot be watched (no
 * `IntersectionObserver`, the server) every row renders from the new value at once.
 *
 * @param body The element holding the rows; each row carries `data-index`.
 * @param rows What the rows render from (the page's tickets and what the cells need); a new value is a change.
 * @returns `rowsFor(index)`: the value row `index` renders from now, `rows` or the one before it.
 */
export function useRowsInView<T>(body: RefObject<HTMLElement | null>, rows: T): (index: number) => T {
  const [settled, setSettled] = useState(rows);
  const latest = useRef(rows);
  const stale = settled !== rows;
  // Indexes of the rows on screen; null until the observer first reports (every row then counts as on screen).
  const inView = useRef<Set<number> | null>(null);
  const observer = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    if (stale) return afterPaint(() => setSettled(latest.current));
  }, [stale, rows]);

  // After every commit: watch the rows (watching a row already watched does nothing, so only new rows are added).
  useClientLayoutEffect(() => {
    latest.current = rows;
    if (typeof IntersectionObserver !== 'function') return;
    const watcher = (observer.current ??= new IntersectionObserver((entries) => {
      const shown = (inView.current ??= new Set());
      let revealed = false;
      for (const { target, isIntersecting } of entries) {
        const index = Number((target as HTMLElement).dataset.index);
        if (!isIntersecting) shown.delete(index);
        else if (!shown.has(index)) {
          shown.add(index);
          revealed = true;
        }
        // A row that left the table (another view replaced the rows) is not watched any longer.
        if (!target.isConnected) watcher.unobserve(target);
      }
      if (revealed) setSettled(latest.current);
    }));
    for (const row of body.current?.querySelectorAll('[data-index]') ?? []) watcher.observe(row);
  });
  useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
      inView.current = null;
    },
    [],
  );

  return (index) => (!stale || inView.current === null || inView.current.has(index) ? rows : settled);
}
