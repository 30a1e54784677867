import { useTeamMembers, type TicketListState } from '@ticketkit/react';
import { memo, type MouseEvent, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import { useModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { activeFilters, clearFilters, type FilterFields } from '../state/filters';
import { fieldValueText } from '../ticket-detail/field-value';
import { insightChips } from './insight-chips';
import type { TicketFiltersPart } from './parts';

/** The filters shown and the setters that remove them (all keep their identity between list changes). */
type SummaryState = FilterFields &
  Pick<TicketListState, 'setStatus' | 'setDateRange' | 'setSearch' | 'setQuery' | 'setFieldFilter'>;

/** The filter bar's search box, from any element inside the bar. */
const searchBoxOf = (element: Element) =>
  element.closest('[data-slot="ticket-filters"]')?.querySelector<HTMLElement>('[data-slot="ticket-filters-search-input"]');

/**
 * The button pressed leaves with its filter (and the whole summary with the last one): without a new place, focus
 * would fall to the page's body. A chip's neighbour takes it while there is one, else the search box.
 */
function moveFocusFrom(event: MouseEvent<HTMLButtonElement>, alone: boolean) {
  const item = event.currentTarget.closest('li');
  const neighbour = alone ? null : (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button');
  (neighbour ?? searchBoxOf(event.currentTarget))?.focus();
}

function FilterSummaryImpl(props: SummaryState & { assistantName?: string | undefined; messages: TicketsUIMessages; format: Formatter; slot: SlotFn<TicketFiltersPart> }): ReactNode {
  const { messages, format, slot, assistantName, ...state } = props;
  const m = messages.filters;
  const active = activeFilters(state);
  const text = useModelText(messages);
  const team = useTeamMembers();
  if (active.count === 0) return null;

  const chips: { key: string; label: string; remove: () => void }[] = [];
  if (state.status !== 'all') {
    const status = state.status === 'unsolved' ? m.statusUnsolved : text.status(state.status);
    chips.push({ key: 'status', label: m.chipStatus(status), remove: () => state.setStatus('all') });
  }
  if (active.assignee) {
    const q = messages.queue;
    const who = state.assignee === 'me' ? q.assigneeMe : state.assignee === 'unassigned' ? q.assigneeUnassigned : (team.data?.find((m) => m.id === state.assignee)?.name ?? String(state.assignee));
    chips.push({ key: 'assignee', label: q.assigneeTrigger(who), remove: () => state.setQuery({ assignee: null }) });
  }
  if (active.priorities) {
    const names = (state.priorities ?? []).map((id) => text.priority(id)).join(', ');
    chips.push({ key: 'priorities', label: messages.queue.priorityTrigger(names), remove: () => state.setQuery({ priorities: [] }) });
  }
  if (active.dates) {
    chips.push({ key: 'dates', label: m.chipDate(format.dayRange(state.createdFrom, state.createdTo)), remove: () => state.setDateRange(null, null) });
  }
  if (active.search) {
    chips.push({
      key: 'search',
      label: m.chipSearch(state.search),
      remove: () => {
        state.setSearch('');
        state.setQuery({ search: '' });
      },
    });
  }

  for (const id of active.fields) {
    const field = text.model.field(id);
    const raw = state.fields?.[id] ?? '';
    const shown = (field ? fieldValueText(field, field.type === 'number' ? Number(raw) : field.type === 'multichoice' ? [raw] : raw, format, text) : null) ?? raw;
    chips.push({ key: `fields.${id}`, label: m.chipField(field?.label ?? id, shown), remove: () => state.setFieldFilter(id, null) });
  }
  chips.push(...insightChips(state, messages.insights, assistantName));

  return (
    <div {...slot('summary')} role="group" aria-label={m.summaryLabel}>
      <span {...slot('summary-count')}>{m.summaryCount(active.count, format.number(active.count))}</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key} {...slot('chip')} data-filter={chip.key}>
            <span>{chip.label}</span>
            <button
              type="button"
              {...slot('chip-remove')}
              aria-label={m.removeFilter(chip.label)}
              onClick={(event) => {
                moveFocusFrom(event, chips.length === 1);
                chip.remove();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        {...slot('clear-all', { defaults: 'tk-button' })}
        data-variant="ghost"
        onClick={(event) => {
          moveFocusFrom(event, true);
          clearFilters(state);
        }}
      >
        {m.clearAll}
      </button>
    </div>
  );
}

/** The filters in effect as removable chips, with "Clear all"; nothing when no filter is on. Memoised on the filters. */
export const FilterSummary = memo(FilterSummaryImpl);
