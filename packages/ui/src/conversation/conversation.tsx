import { useTicketMessages, useTicketsContext } from '@ticketkit/react';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { errorText } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { MessageItem } from './message-item';
import { useVirtualList } from './use-virtual-list';

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

/**
 * A ticket's whole conversation in time order, opened at the latest message. Virtualised, so thousands of messages
 * stay fast: only the rows in view are in the DOM, each measured for its real height. The scrolling list is
 * focusable and labelled, and every row says its position (`aria-posinset`/`aria-setsize`).
 */
export function Conversation(props: ConversationProps): ReactNode {
  const { ticketId, unstyled = false, headingLevel = 3 } = props;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const query = useTicketMessages(ticketId);
  const slot = useSlots<ConversationPart>('conversation', props);
  const titleId = useId();
  const items = useMemo(() => query.data ?? [], [query.data]);
  // Stable while the messages are: the list recomputes every row's offset (O(messages)) when this changes.
  const getKey = useCallback((index: number) => items[index]!.id, [items]);
  // Chat-style: opened at the end; new messages follow only when the reader is at the end, which stays pinned on
  // resize; a "jump to latest" button shows once they scroll more than 48 px away from it.
  const { viewportRef, measureRef, rows, totalSize, atEnd, scrollToEnd } = useVirtualList({ count: items.length, getKey, estimateSize: ESTIMATED_MESSAGE_HEIGHT, overscan: 6, endThreshold: 48 });

  // Open at the latest message, once per ticket, when its messages first arrive.
  const opened = useRef<string | null>(null);
  const hasItems = items.length > 0;
  useLayoutEffect(() => {
    if (!hasItems || opened.current === ticketId) return;
    opened.current = ticketId;
    scrollToEnd();
  }, [hasItems, ticketId, scrollToEnd]);

  // A reply the viewer just sent is brought into view even when they had scrolled up to read older messages.
  const { viewer } = useTicketsContext();
  const last = items[items.length - 1];
  const lastSeen = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const previous = lastSeen.current;
    lastSeen.current = last?.id;
    if (previous !== undefined && last && last.id !== previous && last.author.kind === 'team' && last.author.id === viewer.id) {
      scrollToEnd();
    }
  }, [last, viewer.id, scrollToEnd]);

  const Heading = `h${headingLevel}` as const;
  const view = query.isPending ? 'loading' : query.isError ? 'error' : items.length === 0 ? 'empty' : 'ready';
  const conversation = messages.detail.conversation;

  return (
    // Not a landmark itself: the scrolling list below is the labelled region.
    <div {...slot('root', { state: view })}>
      <Heading {...slot('title')} id={titleId}>
        {conversation.label}
        {view === 'ready' && <span {...slot('count')}> · {conversation.count(format.number(items.length))}</span>}
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
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div {...slot('viewport')} ref={viewportRef} tabIndex={0} role="region" aria-labelledby={titleId} data-testid="conversation-viewport">
          <div style={{ blockSize: totalSize, position: 'relative', inlineSize: '100%' }}>
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
                  ref={measureRef}
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
      {view === 'ready' && !atEnd && (
        <button
          type="button"
          {...slot('jump', { defaults: 'tk-button' })}
          onClick={(event) => {
            // Gone once at the end: focus the list it scrolls (just before it), not the page behind a drawer.
            (event.currentTarget.previousElementSibling as HTMLElement).focus();
            scrollToEnd();
          }}
        >
          {conversation.jumpToLatest}
        </button>
      )}
    </div>
  );
}
