import type { TicketListResult } from '@ticketkit/react';
import type { ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { activeFilters, clearFilters } from '../state/filters';
import type { TicketFiltersPart } from './parts';

/** The filters in effect as removable chips, with "Clear all"; nothing when no filter is on. */
export function FilterSummary(props: {
  state: TicketListResult;
  messages: TicketsUIMessages;
  format: Formatter;
  slot: SlotFn<TicketFiltersPart>;
}): ReactNode {
  const { state, messages, format, slot } = props;
  const m = messages.filters;
  const { query } = state;
  const active = activeFilters(query);
  if (active.count === 0) return null;

  const chips: { key: string; label: string; remove: () => void }[] = [];
  if (active.status && query.status !== 'all') {
    chips.push({ key: 'status', label: m.chipStatus(messages.common.status[query.status]), remove: () => state.setStatus('all') });
  }
  if (active.dates) {
    chips.push({ key: 'dates', label: m.chipDate(format.dayRange(query.createdFrom, query.createdTo)), remove: () => state.setDateRange(null, null) });
  }
  if (active.search) {
    chips.push({
      key: 'search',
      label: m.chipSearch(query.search),
      remove: () => {
        state.setSearch('');
        state.setQuery({ search: '' });
      },
    });
  }

  return (
    <div {...slot('summary')} role="group" aria-label={m.summaryLabel}>
      <span {...slot('summary-count')}>{m.summaryCount(active.count, format.number(active.count))}</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key} {...slot('chip')} data-filter={chip.key}>
            <span>{chip.label}</span>
            <button type="button" {...slot('chip-remove')} aria-label={m.removeFilter(chip.label)} onClick={chip.remove}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" {...slot('clear-all', { defaults: 'tk-button' })} data-variant="ghost" onClick={() => clearFilters(state)}>
        {m.clearAll}
      </button>
    </div>
  );
}
