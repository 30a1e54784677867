import type { TicketListResult } from '@ticketkit/react';
import { useState, type ReactNode } from 'react';
import { useFormat } from '../lib/format';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { activeFilters } from '../state/filters';
import { useListActions } from '../state/list-actions';
import { WithListState, type ListStateProps } from '../state/list-state';
import { REFETCH_BUSY_DELAY_MS, useDelayedFlag } from '../state/use-delayed-flag';
import { DateRangeFilter } from './date-range-filter';
import { FieldFilters } from './field-filters';
import { FilterSummary } from './filter-summary';
import type { TicketFiltersPart } from './parts';
import { SearchBox } from './search-box';
import { StatusMenu } from './status-menu';
import { AssigneeMenu } from './assignee-menu';
import { PriorityMenu } from './priority-menu';

/** Props of `TicketFilters`. */
export interface TicketFiltersProps extends StyleProps<TicketFiltersPart>, ListStateProps {
  /** Key that focuses the search box from anywhere on the page (not while typing in a field). Default `/`; `false` for none. */
  searchShortcut?: string | false;
  /** The clock the date presets count from. Default `Date.now`. */
  now?: () => number;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
}

function TicketFiltersView(props: TicketFiltersProps & { state: TicketListResult }): ReactNode {
  const { state, searchShortcut = '/', now = Date.now, unstyled = false } = props;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const actions = useListActions(state);
  // Busy while a search the person typed is being applied or fetched, once that takes a moment.
  const busy = useDelayedFlag(state.isFetching && !state.isLoading, REFETCH_BUSY_DELAY_MS);
  const slot = useSlots<TicketFiltersPart>('ticket-filters', props);
  const statusCounts = useSameCounts(state.statusCounts);
  // On a phone the menus and chips fold behind one "Filters" button that counts what is on (the search stays out).
  const [open, setOpen] = useState(false);
  const on = activeFilters(state.query);
  const folded = on.count - Number(on.search);
  // The query names the assistant by ID; every ticket listed under it carries its name.
  const assistant = state.query.assistant;
  const assistantName = assistant ? state.tickets.find((ticket) => ticket.assistant.id === assistant)?.assistant.name : undefined;
  return (
    <div {...slot('root')} role="group" aria-label={messages.filters.label}>
      {/* Each part gets only the fields it shows and setters that keep their identity: typing re-renders the search
          box alone, a page or sort change re-renders none of them. */}
      <SearchBox
        value={state.searchInput}
        busy={busy}
        setSearch={state.setSearch}
        messages={messages}
        slot={slot}
        shortcutKey={searchShortcut}
      />
      {!unstyled && (
        <button type="button" {...slot('more-toggle', { defaults: 'tk-button', state: folded ? 'on' : 'off' })} aria-expanded={open} onClick={() => setOpen(!open)}>
          {folded ? `${messages.filters.more} ${format.number(folded)}` : messages.filters.more}
        </button>
      )}
      <div {...slot('more', { state: open ? 'open' : 'closed' })}>
        <StatusMenu
          current={state.query.status}
          setStatus={actions.setStatus}
          counts={statusCounts}
          formatNumber={format.number}
          messages={messages}
          slot={slot}
        />
        <AssigneeMenu current={state.query.assignee} setAssignee={actions.setAssignee} messages={messages} slot={slot} />
        <PriorityMenu current={state.query.priorities} setPriorities={actions.setPriorities} messages={messages} slot={slot} />
        <DateRangeFilter
          createdFrom={state.query.createdFrom}
          createdTo={state.query.createdTo}
          setDateRange={actions.setDateRange}
          messages={messages}
          format={format}
          slot={slot}
          unstyled={unstyled}
          now={now}
        />
        <FieldFilters values={state.query.fields} setFieldFilter={actions.setFieldFilter} messages={messages} slot={slot} />
        <FilterSummary
          status={state.query.status}
          assignee={state.query.assignee}
          priorities={state.query.priorities}
          fields={state.query.fields}
          assistant={state.query.assistant}
          assistantName={assistantName}
          topic={state.query.topic}
          handoffTopic={state.query.handoffTopic}
          setFieldFilter={actions.setFieldFilter}
          createdFrom={state.query.createdFrom}
          createdTo={state.query.createdTo}
          search={state.query.search}
          setStatus={actions.setStatus}
          setDateRange={actions.setDateRange}
          setSearch={state.setSearch}
          setQuery={state.setQuery}
          messages={messages}
          format={format}
          slot={slot}
        />
      </div>
    </div>
  );
}

/**
 * The counts per status, the same object while they say the same: each page brings its own copy, and the memoised
 * status menu should not re-render for a page change that leaves them alone.
 */
function useSameCounts(counts: Readonly<Record<string, number>> | null): Readonly<Record<string, number>> | null {
  const [kept, setKept] = useState(counts);
  if (sameCounts(kept, counts)) return kept;
  setKept(counts);
  return counts;
}

function sameCounts(a: Readonly<Record<string, number>> | null, b: Readonly<Record<string, number>> | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || Object.keys(a).length !== Object.keys(b).length) return false;
  return Object.entries(b).every(([id, count]) => a[id] === count);
}

/**
 * The list's filters: a search box (Escape clears, `/` focuses it, busy while the list refetches), a status menu, a
 * created-date range picker with presets, a filter per filterable custom field of the model, and a summary of the active filters with "Clear all".
 * On a narrow bar (below 40rem, a phone) the menus and the summary fold behind one "Filters" button that says how
 * many filters are on. Uses the `state` prop, else the nearest `TicketListStateProvider`, else its own.
 */
export function TicketFilters(props: TicketFiltersProps): ReactNode {
  return <WithListState state={props.state} render={(state) => <TicketFiltersView {...props} state={state} />} />;
}
