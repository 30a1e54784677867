import type { TicketListResult } from '@ticketkit/react';
import { memo, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useFormat, type Formatter } from '../lib/format';
import { useSlots, type SlotFn, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride, TicketsUIMessages } from '../messages/messages';
import { useListActions, type ListActions } from '../state/list-actions';
import { WithListState, type ListStateProps } from '../state/list-state';
import { REFETCH_BUSY_DELAY_MS, useDelayedFlag } from '../state/use-delayed-flag';
import { pageItems } from './page-items';
import { parsePageInput } from './parse-page';

/** Parts of `Pagination`, the keys of `classNames` (each is `data-slot="pagination-<part>"`). */
export type PaginationPart =
  | 'root'
  | 'range'
  | 'list'
  | 'item'
  | 'button'
  | 'page'
  | 'gap'
  | 'position'
  | 'jump'
  | 'jump-label'
  | 'jump-input'
  | 'jump-submit'
  | 'jump-error'
  | 'page-size'
  | 'page-size-label'
  | 'page-size-select';

/** Props of `Pagination`. */
export interface PaginationProps extends StyleProps<PaginationPart>, ListStateProps {
  /** Page sizes to choose from. Default 10, 25, 50, 100 (the adapter contract allows up to 100). */
  pageSizeOptions?: readonly number[];
  /** Pages shown on each side of the current one. Default 1. */
  siblings?: number;
  /** Show the jump-to-page field. Default `true`. */
  showJump?: boolean;
  /** Show the page-size choice. Default `true`. */
  showPageSize?: boolean;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
}

const DEFAULT_PAGE_SIZES = [10, 25, 50, 100] as const;

/** What the controls show, and setters that keep their identity: typing in the search box re-renders none of it. */
interface PaginationBodyProps {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  /** A refetch has been running for a moment. */
  busy: boolean;
  /** The total is known: false when the page failed to load and nothing is on screen. */
  known: boolean;
  isLoading: boolean;
  actions: ListActions;
  pageSizeOptions: readonly number[];
  siblings: number;
  showJump: boolean;
  showPageSize: boolean;
  messages: TicketsUIMessages['pagination'];
  format: Formatter;
  slot: SlotFn<PaginationPart>;
}

function PaginationView(props: PaginationProps & { state: TicketListResult }): ReactNode {
  const { state, pageSizeOptions = DEFAULT_PAGE_SIZES, siblings = 1, showJump = true, showPageSize = true } = props;
  const messages = useMessages(props.messages).pagination;
  const format = useFormat();
  const slot = useSlots<PaginationPart>('pagination', props);
  const actions = useListActions(state);
  const busy = useDelayedFlag(state.isFetching, REFETCH_BUSY_DELAY_MS);
  return (
    <PaginationBody
      page={state.query.page}
      pageSize={state.query.pageSize}
      total={state.total}
      pageCount={state.pageCount}
      busy={busy}
      // A failed load leaves no total: 0 would read as "no tickets", and pages from it would be made up.
      known={!(state.loadError && state.tickets.length === 0)}
      isLoading={state.isLoading}
      actions={actions}
      pageSizeOptions={pageSizeOptions}
      siblings={siblings}
      showJump={showJump}
      showPageSize={showPageSize}
      messages={messages}
      format={format}
      slot={slot}
    />
  );
}

const PaginationBody = memo(function PaginationBody(props: PaginationBodyProps): ReactNode {
  const { page, pageSize, total, pageCount, known, actions, pageSizeOptions, siblings, showJump, showPageSize, messages, format, slot } = props;
  const ids = useId();
  const [jumpText, setJumpText] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);

  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  const go = (target: number) => {
    if (target !== page) actions.setPage(target);
  };

  const onJump = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = parsePageInput(jumpText, pageCount);
    // Anything that is not a page in range is refused here: the adapter is never asked for it.
    if (target === null) return setJumpError(messages.jumpInvalid(format.number(pageCount), format.number(1)));
    setJumpError(null);
    setJumpText('');
    go(target);
  };

  const sizes = pageSizeOptions.includes(pageSize) ? pageSizeOptions : [...pageSizeOptions, pageSize].sort((a, b) => a - b);
  const atStart = page <= 1;
  // Unknown total: only the way back to pages before this one, which exist whatever the total is now.
  const atEnd = !known || page >= pageCount;
  const nav = (label: string, target: number, disabled: boolean, icon: string, name: string) => (
    <li {...slot('item')} data-item={name}>
      <button
        type="button"
        {...slot('button', { state: disabled ? 'disabled' : 'enabled', defaults: 'tk-button' })}
        data-action={name}
        aria-label={label}
        disabled={disabled}
        onClick={() => go(target)}
      >
        <span aria-hidden="true" data-slot="pagination-icon">
          {icon}
        </span>
      </button>
    </li>
  );

  return (
    <nav {...slot('root', { state: !known ? 'unknown' : props.busy ? 'busy' : 'idle' })} aria-label={messages.label}>
      <p {...slot('range')} aria-live="polite">
        {!known || (total === 0 && props.isLoading)
          ? ''
          : total === 0
            ? messages.noResults
            : messages.range(format.number(from), format.number(to), format.number(total), total)}
      </p>
      <ul {...slot('list')}>
        {nav(messages.first, 1, atStart, '«', 'first')}
        {nav(messages.previous, page - 1, atStart, '‹', 'previous')}
        {(known ? pageItems(page, pageCount, siblings) : []).map((item) =>
          typeof item === 'number' ? (
            <li key={item} {...slot('item')} data-item="page">
              <button
                type="button"
                {...slot('page', { state: item === page ? 'current' : 'idle', defaults: 'tk-button' })}
                aria-current={item === page ? 'page' : undefined}
                aria-label={messages.page(format.number(item))}
                onClick={() => go(item)}
              >
                {format.number(item)}
              </button>
            </li>
          ) : (
            <li key={item} {...slot('gap')} aria-hidden="true">
              …
            </li>
          ),
        )}
        {/* Shown by the styles instead of the numbered pages where the pagination is narrow. */}
        {known && (
          <li {...slot('position')}>{messages.position(format.number(page), format.number(pageCount))}</li>
        )}
        {nav(messages.next, page + 1, atEnd, '›', 'next')}
        {nav(messages.last, pageCount, atEnd, '»', 'last')}
      </ul>
      {showJump && known && (
        <form {...slot('jump')} onSubmit={onJump} noValidate>
          <label {...slot('jump-label')} htmlFor={`${ids}-jump`}>
            {messages.jumpLabel}
          </label>
          <input
            id={`${ids}-jump`}
            {...slot('jump-input', { defaults: 'tk-input', state: jumpError ? 'invalid' : 'valid' })}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={4}
            value={jumpText}
            aria-invalid={jumpError ? true : undefined}
            aria-describedby={jumpError ? `${ids}-jump-error` : undefined}
            onChange={(event) => {
              setJumpText(event.target.value);
              setJumpError(null);
            }}
          />
          <button type="submit" {...slot('jump-submit', { defaults: 'tk-button' })}>
            {messages.jumpSubmit}
          </button>
          {jumpError && (
            <p id={`${ids}-jump-error`} {...slot('jump-error')} role="alert">
              {jumpError}
            </p>
          )}
        </form>
      )}
      {showPageSize && (
        <div {...slot('page-size')}>
          <label {...slot('page-size-label')} htmlFor={`${ids}-size`}>
            {messages.pageSize}
          </label>
          <select
            id={`${ids}-size`}
            {...slot('page-size-select', { defaults: 'tk-input' })}
            value={pageSize}
            onChange={(event) => actions.setPageSize(Number(event.target.value))}
          >
            {sizes.map((size) => (
              <option key={size} value={size}>
                {format.number(size)}
              </option>
            ))}
          </select>
        </div>
      )}
    </nav>
  );
});

/**
 * Paging controls: first, previous, numbered pages with gaps, next and last; the current page marked with
 * `aria-current="page"`; a jump-to-page field that refuses anything but a page in range without making a request;
 * a page-size choice; and "26–50 of 1,234". Uses the `state` prop, else the nearest `TicketListStateProvider`.
 */
export function Pagination(props: PaginationProps): ReactNode {
  return <WithListState state={props.state} render={(state) => <PaginationView {...props} state={state} />} />;
}
