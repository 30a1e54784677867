import type { SortDirection, TicketQuery, TicketSortField } from '@ticketkit/core';
import { memo, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketListPart } from './ticket-list';

/** Props of a column header that sorts. */
export interface SortHeaderProps {
  columnId: string;
  label: ReactNode;
  field: TicketSortField;
  query: Pick<TicketQuery, 'sort' | 'direction'>;
  slot: SlotFn<TicketListPart>;
  onSort: (field: TicketSortField, direction: SortDirection) => void;
}

/**
 * The next sort when a header is pressed: flip the direction of the current field, else start newest/highest first —
 * and for the waiting time, longest waiting first (the oldest `waitingSince`).
 */
export function nextSort(field: TicketSortField, query: Pick<TicketQuery, 'sort' | 'direction'>): SortDirection {
  if (query.sort !== field) return field === 'waitingSince' ? 'asc' : 'desc';
  return query.direction === 'desc' ? 'asc' : 'desc';
}

function SortHeaderImpl({ columnId, label, field, query, slot, onSort }: SortHeaderProps): ReactNode {
  const sorted = query.sort === field;
  const ariaSort = sorted ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const state = sorted ? query.direction : 'none';
  return (
    <th {...slot('header-cell', { state })} data-column={columnId} scope="col" aria-sort={ariaSort}>
      <button type="button" {...slot('sort-button', { state })} onClick={() => onSort(field, nextSort(field, query))}>
        {label}
        <span aria-hidden="true" {...slot('sort-icon', { state })}>
          {state === 'asc' ? '▲' : state === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

/** A `<th>` with `aria-sort` when its field is the sort, and a button that toggles it. Memoised: typing skips it. */
export const SortHeader = memo(SortHeaderImpl);
