import type { Ticket } from '@ticketkit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { BulkTarget } from './bulk-update';

/** Which tickets a bulk change will act on. */
export interface BulkSelection {
  /** Selected tickets by ID, with the version each had when it was selected. */
  selected: ReadonlyMap<string, number>;
  /** "All N matching": every ticket of the current filters, on every page (gathered when the change is made). */
  allMatching: boolean;
  count: number;
  isSelected(ticketId: string): boolean;
  /**
   * Selects or unselects one ticket. With `range` (Shift held) every ticket of `page` between the last one toggled and
   * this one takes this one's new state, as in a mail client.
   */
  toggle(ticket: Ticket, options?: { range?: boolean; page?: readonly Ticket[] }): void;
  /** Selects (or unselects) every ticket of the page. */
  setPage(page: readonly Ticket[], selected: boolean): void;
  selectAllMatching(): void;
  clear(): void;
  /** The selection as targets of a bulk change (not for `allMatching`, which is gathered from the adapter). */
  targets(): BulkTarget[];
}

/**
 * Selection state for bulk changes: a checkbox per row, Shift for a range, all of a page, then all matching. It
 * empties when `resetKey` changes (pass the filters: a new filter is a new set of tickets).
 */
export function useBulkSelection(resetKey = ''): BulkSelection {
  const [selected, setSelected] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [allMatching, setAllMatching] = useState(false);
  const [seenKey, setSeenKey] = useState(resetKey);
  const anchor = useRef<string | null>(null);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setSelected(new Map());
    setAllMatching(false);
  }

  const toggle = useCallback((ticket: Ticket, options: { range?: boolean; page?: readonly Ticket[] } = {}) => {
    setAllMatching(false);
    // Read the anchor now: the state updater may run after it moves to this ticket.
    const page = options.page ?? [];
    const from = anchor.current === null ? -1 : page.findIndex((t) => t.id === anchor.current);
    const to = page.findIndex((t) => t.id === ticket.id);
    const range = options.range && from >= 0 && to >= 0 ? page.slice(Math.min(from, to), Math.max(from, to) + 1) : [ticket];
    setSelected((current) => {
      const next = new Map(current);
      const on = !current.has(ticket.id);
      for (const t of range) {
        if (on) next.set(t.id, t.version);
        else next.delete(t.id);
      }
      return next;
    });
    anchor.current = ticket.id;
  }, []);

  const setPage = useCallback((page: readonly Ticket[], on: boolean) => {
    setAllMatching(false);
    setSelected((current) => {
      const next = new Map(current);
      for (const t of page) {
        if (on) next.set(t.id, t.version);
        else next.delete(t.id);
      }
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    setAllMatching(false);
    setSelected(new Map());
    anchor.current = null;
  }, []);

  return useMemo<BulkSelection>(
    () => ({
      selected,
      allMatching,
      count: selected.size,
      isSelected: (id) => selected.has(id),
      toggle,
      setPage,
      selectAllMatching: () => setAllMatching(true),
      clear,
      targets: () => [...selected].map(([ticketId, version]) => ({ ticketId, version })),
    }),
    [selected, allMatching, toggle, setPage, clear],
  );
}
