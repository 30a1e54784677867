import { useTicketMessages, useTicketsContext } from '@ticketkit/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { errorText } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { MessageItem } from './message-item';

/** Parts of `Conversation`, the keys of `classNames` (each is `data-slot="conversation-<part>"`). */
export type ConversationPart =
  | 'root'
  | 'title'
  | 'count'
  | 'viewport'
  | 'list'
  | 'item'
  | 'message'
  | 'message-meta'
  | 'author'
  | 'author-kind'
  | 'time'
  | 'body'
  | 'state'
  | 'jump';

/** Props of `Conversation`. */
export interface ConversationProps extends StyleProps<ConversationPart> {
  /** The ticket whose conversation to show. */
  ticketId: string;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
  /** Heading level of the title. Default 3. */
  headingLevel?: 2 | 3 | 4;
}

// A first guess at a message's height; each row is measured once rendered.
const ESTIMATED_MESSAGE_HEIGHT = 96;
const estimateSize = () => ESTIMATED_MESSAGE_HEIGHT;
// Within this many px of the latest message the reader counts as there: new messages follow and no jump button shows.
const END_THRESHOLD = 48;
// The viewport's height is known only once it is rendered. The stylesheet's conversation is at most 32rem (512 px)
// tall: a guess that lets the first render hold the rows at the end, where the conversation opens.
const FIRST_VIEWPORT_GUESS = { width: 0, height: 512 };

/**
 * A ticket's whole conversation in time order, opened at the latest message. Virtualised with TanStack Virtual, so
 * thousands of messages stay fast: only the rows in view are in the DOM, each measured for its real height. The
 * scrolling list is focusable and labelled, and every row says its position (`aria-posinset`/`aria-setsize`).
 */
export function Conversation(props: ConversationProps): ReactNode {
  const { ticketId, unstyled = false, headingLevel = 3 } = props;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const query = useTicketMessages(ticketId);
  const slot = useSlots<ConversationPart>('conversation', props);
  const titleId = useId();
  const items = useMemo(() => query.data ?? [], [query.data]);
  // Keyed by message id, so a row keeps its measured height (and the reader's place) when rows move.
  const getItemKey = useCallback((index: number) => items[index]!.id, [items]);
  const viewportRef = useRef<HTMLDivElement>(null);
  // Chat-style (TanStack Virtual's end anchoring): opened at the end; new messages follow only when the reader is at
  // the end, which stays pinned when rows resize; elsewhere rows above that change size or are added keep the row in
  // view where it is. A "jump to latest" button shows once the reader is more than END_THRESHOLD px from the end.
  // The virtualizer re-renders this component itself when the rows in view change; nothing here is compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    // Off while there are no messages, so each conversation starts anew at `initialOffset`: its estimated end.
    enabled: items.length > 0,
    initialRect: FIRST_VIEWPORT_GUESS,
    initialOffset: () => Math.max(0, items.length * ESTIMATED_MESSAGE_HEIGHT - FIRST_VIEWPORT_GUESS.height),
    getScrollElement: () => viewportRef.current,
    estimateSize,
    getItemKey,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: END_THRESHOLD,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();

  // Open at the latest message, once per ticket, when its messages first arrive.
  const opened = useRef<string | null>(null);
  const hasItems = items.length > 0;
  useLayoutEffect(() => {
    if (!hasItems || opened.current === ticketId) return;
    opened.current = ticketId;
    virtualizer.scrollToEnd();
  }, [hasItems, ticketId, virtualizer]);

  // A reply the viewer just sent is brought into view even when they had scrolled up to read older messages.
  const { viewer } = useTicketsContext();
  const last = items[items.length - 1];
  const lastSeen = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const previous = lastSeen.current;
    lastSeen.current = last?.id;
    if (previous !== undefined && last && last.id !== previous && last.author.kind === 'team' && last.author.id === viewer.id) {
      virtualizer.scrollToEnd();
    }
  }, [last, viewer.id, virtualizer]);

  const Heading = `h${headingLevel}` as const;
  const view = query.isPending ? 'loading' : query.isError ? 'error' : items.length === 0 ? 'empty' : 'ready';
  const conversation = messages.detail.conversation;

  return (
    // Not a landmark itself: the scrolling list below is the labelled region.
    <div {...slot('root', { state: view })}>
      <Heading {...slot('title')} id={titleId}>
        {conversation.label}
        {view === 'ready' && <span {...slot('count')}> · {conversation.count(items.length, format.number(items.length))}</span>}
      </Heading>
      {view === 'loading' && (
        <p {...slot('state', { state: 'loading' })} role="status">
          {messages.common.loading}
        </p>
      )}
      {view === 'error' && (
        <div {...slot('state', { state: 'error' })} role="alert">
          <p>{conversation.loadErrorTitle}</p>
          <p>{errorText(query.error, messages.common)}</p>
          <button type="button" className={unstyled ? undefined : 'tk-button'} onClick={() => void query.refetch()}>
            {messages.common.retry}
          </button>
        </div>
      )}
      {view === 'empty' && <p {...slot('state', { state: 'empty' })}>{conversation.empty}</p>}
      {view === 'ready' && (
        // A scrollable region must be reachable by keyboard: focus it, then the arrow and page keys scroll it.
        // The browser's own scroll anchoring is off: the virtualizer keeps the reader's place, and both would move it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div {...slot('viewport')} ref={viewportRef} tabIndex={0} role="region" aria-labelledby={titleId} data-testid="conversation-viewport" style={{ overflowAnchor: 'none' }}>
          <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative', inlineSize: '100%' }}>
            <ol
              {...slot('list')}
              aria-labelledby={titleId}
              style={{ position: 'absolute', insetBlockStart: 0, insetInlineStart: 0, inlineSize: '100%', margin: 0, padding: 0, listStyle: 'none', transform: `translateY(${rows[0]?.start ?? 0}px)` }}
            >
              {rows.map((row) => (
                <li
                  key={row.key}
                  {...slot('item')}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  aria-setsize={items.length}
                  aria-posinset={row.index + 1}
                >
                  <MessageItem message={items[row.index]!} messages={messages} format={format} slot={slot} unstyled={unstyled} />
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
      {view === 'ready' && !virtualizer.isAtEnd() && (
        <button
          type="button"
          {...slot('jump', { defaults: 'tk-button' })}
          onClick={(event) => {
            // Gone once at the end: focus the list it scrolls (just before it), not the page behind a drawer.
            (event.currentTarget.previousElementSibling as HTMLElement).focus();
            virtualizer.scrollToEnd();
          }}
        >
          {conversation.jumpToLatest}
        </button>
      )}
    </div>
  );
}
