import { DEFAULT_TICKET_COLUMNS, TICKET_COLUMN_ORDER, type TicketColumnSpec } from '../ticket-list/columns';
import type { TicketListDensity } from '../ticket-list/ticket-list';

/** What the list shows besides its query: the columns (by ID, in order) and the row density. */
export interface ListDisplay {
  columns: readonly string[];
  density: TicketListDensity;
}

/** The ID of a column spec: a built-in or field ID as given, a custom column's `id`. */
export const columnId = (spec: TicketColumnSpec): string => (typeof spec === 'string' ? spec : spec.id);

/**
 * Every column the display menu offers, in place order: the host's columns (or the defaults), then the built-in
 * ones they leave out, each at its place in the built-in order where it can be.
 */
export function availableColumns(columns: readonly TicketColumnSpec[] | undefined): TicketColumnSpec[] {
  const given: TicketColumnSpec[] = [...(columns ?? DEFAULT_TICKET_COLUMNS)];
  const ids = new Set(given.map(columnId));
  const result = [...given];
  for (const builtIn of TICKET_COLUMN_ORDER) {
    if (ids.has(builtIn)) continue;
    // After the nearest built-in before it that is in the list, else first.
    const before = TICKET_COLUMN_ORDER.slice(0, TICKET_COLUMN_ORDER.indexOf(builtIn)).reverse().find((id) => ids.has(id));
    const at = before === undefined ? 0 : result.findIndex((spec) => columnId(spec) === before) + 1;
    result.splice(at, 0, builtIn);
    ids.add(builtIn);
  }
  return result;
}

/** The specs to show for `visible` IDs, in the place order of `available`; unknown IDs are left out. */
export function visibleColumns(available: readonly TicketColumnSpec[], visible: readonly string[]): TicketColumnSpec[] {
  const shown = new Set(visible);
  return available.filter((spec) => shown.has(columnId(spec)));
}
