import { useTicketsContext, useTicketTimeline, type TimelineEntry } from '@ticketkit/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { errorText } from '../lib/errors';
import { useFormat } from '../lib/format';
import { useModelText } from '../lib/model-text';
import { useSlots, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { ActivityItem } from './activity-item';
import { MessageItem } from './message-item';
import { NoteItem } from './note-item';
import { timelineRows, type TimelineRow } from './timeline-rows';

/** Parts of `Conversation`, the keys of `classNames` (each is `data-slot="conversation-<part>"`). */
export type ConversationPart =
  | 'root'
  | 'title-bar'
  | 'title'
  | 'count'
  | 'viewport'
  | 'list'
  | 'item'
  | 'message'
  | 'message-meta'
  | 'avatar'
  | 'bubble'
  | 'author'
  | 'author-kind'
  | 'tag'
  | 'time'
  | 'body'
  | 'handoff'
  | 'handoff-jump'
  | 'note'
  | 'note-label'
  | 'activity'
  | 'activity-text'
  | 'state'
  | 'partial-error'
  | 'jump';

/** Props of `Conversation`. */
export interface ConversationProps extends StyleProps<ConversationPart> {
  /** The ticket whose timeline to show. */
  ticketId: string;
  /**
   * The message at which the assistant handed the conversation to the team (`ticket.handoffMessageId`): marked
   * "Handed to the team here", with a control above the timeline that scrolls to it and focuses it.
   */
  handoffMessageId?: string | null | undefined;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
  /** Heading level of the title. Default 3. */
  headingLevel?: 2 | 3 | 4;
}

// First guesses at a row's height, by kind; each row is measured once rendered.
const ESTIMATE = { start: 84, continued: 52, note: 88, activity: 30 } as const;
function estimateRow(row: TimelineRow | undefined): number {
  if (!row) return ESTIMATE.start;
  if (row.entry.kind === 'activity') return ESTIMATE.activity;
  if (row.entry.kind === 'note') return ESTIMATE.note;
  return row.groupStart ? ESTIMATE.start : ESTIMATE.continued;
}
// Within this many px of the newest entry the reader counts as there: new entries follow and no jump button shows.
const END_THRESHOLD = 48;
// The viewport's height is known only once it is rendered: a guess that lets the first render hold the rows at the
// end, where the timeline opens.
const FIRST_VIEWPORT_GUESS = { width: 0, height: 512 };

/** Whether `entry` is something the viewer just wrote (a reply or a note): brought into view wherever they were. */
function writtenBy(entry: TimelineEntry | undefined, viewerId: string): boolean {
  if (!entry) return false;
  if (entry.kind === 'message') return entry.message.author.kind === 'team' && entry.message.author.id === viewerId;
  return entry.kind === 'note' && entry.note.author.id === viewerId;
}

/**
 * A ticket's whole story as one timeline, opened at the newest entry: the end user's messages on one side, the
 * assistant's and the team's on the other, consecutive messages of one author grouped; internal notes at their time,
 * marked internal; the ticket's changes (status, priority, assignee, fields) as one-line events, when the adapter has
 * `listActivity`. Live events join it in place. Virtualised with TanStack Virtual, so thousands of entries stay fast:
 * only the rows in view are in the DOM, each measured for its real height. The scrolling list is focusable and
 * labelled, and every row says its position (`aria-posinset`/`aria-setsize`).
 */
export function Conversation(props: ConversationProps): ReactNode {
  const { ticketId, handoffMessageId, unstyled = false, headingLevel = 3 } = props;
  const messages = useMessages(props.messages);
  const format = useFormat();
  const words = useModelText(messages);
  const timeline = useTicketTimeline(ticketId);
  const slot = useSlots<ConversationPart>('conversation', props);
  const titleId = useId();
  const rows = useMemo(() => timelineRows(timeline.entries), [timeline.entries]);
  // Keyed by entry id, so a row keeps its measured height (and the reader's place) when rows move.
  const getItemKey = useCallback((index: number) => rows[index]!.entry.id, [rows]);
  const estimateSize = useCallback((index: number) => estimateRow(rows[index]), [rows]);
  const viewportRef = useRef<HTMLDivElement>(null);
  // Chat-style (TanStack Virtual's end anchoring): opened at the end; new entries follow only when the reader is at
  // the end, which stays pinned when rows resize; elsewhere rows above that change size or are added keep the row in
  // view where it is. A "jump to latest" button shows once the reader is more than END_THRESHOLD px from the end.
  // The virtualizer re-renders this component itself when the rows in view change; nothing here is compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    // Off while there is nothing, so each timeline starts anew at `initialOffset`: its estimated end.
    enabled: rows.length > 0,
    initialRect: FIRST_VIEWPORT_GUESS,
    initialOffset: () => Math.max(0, rows.length * ESTIMATE.start - FIRST_VIEWPORT_GUESS.height),
    getScrollElement: () => viewportRef.current,
    estimateSize,
    getItemKey,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: END_THRESHOLD,
    // Rows drawn beyond the viewport each way: enough for a brisk scroll, few enough to open a ticket quickly.
    overscan: 3,
  });
  const virtualRows = virtualizer.getVirtualItems();

  // Open at the newest entry, once per ticket, when its messages first arrive.
  const opened = useRef<string | null>(null);
  const hasRows = rows.length > 0;
  useLayoutEffect(() => {
    if (!hasRows || opened.current === ticketId) return;
    opened.current = ticketId;
    virtualizer.scrollToEnd();
  }, [hasRows, ticketId, virtualizer]);

  // A reply or note the viewer just wrote is brought into view even when they had scrolled up to read older ones.
  const { viewer } = useTicketsContext();
  const last = timeline.entries[timeline.entries.length - 1];
  const lastSeen = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const previous = lastSeen.current;
    lastSeen.current = last?.id;
    if (previous !== undefined && last && last.id !== previous && writtenBy(last, viewer.id)) virtualizer.scrollToEnd();
  }, [last, viewer.id, virtualizer]);

  // At the newest entry when the viewport gets shorter (the composer opening below it, a window made smaller), stay
  // there: the scroll position alone would leave the newest entries below the fold.
  const viewportHeight = virtualizer.scrollRect?.height ?? 0;
  const lastView = useRef({ height: 0, atEnd: true });
  useLayoutEffect(() => {
    const before = lastView.current;
    const shrankAtEnd = before.atEnd && viewportHeight > 0 && viewportHeight < before.height;
    if (shrankAtEnd) virtualizer.scrollToEnd();
    lastView.current = { height: viewportHeight, atEnd: shrankAtEnd || virtualizer.isAtEnd() };
  });

  const handoffIndex = handoffMessageId ? rows.findIndex((row) => row.entry.id === handoffMessageId) : -1;
  const jumpToHandoff = () => {
    virtualizer.scrollToIndex(handoffIndex, { align: 'center' });
    // The row is drawn once scrolled to: focus it as soon as it is there (a few frames at most).
    let frames = 0;
    const focusRow = () => {
      const row = viewportRef.current?.querySelector<HTMLElement>(`[data-index="${handoffIndex}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (frames++ < 10) requestAnimationFrame(focusRow);
    };
    requestAnimationFrame(focusRow);
  };

  const Heading = `h${headingLevel}` as const;
  const view = timeline.isPending ? 'loading' : timeline.error ? 'error' : rows.length === 0 ? 'empty' : 'ready';
  const conversation = messages.detail.conversation;
  const { counts } = timeline;

  return (
    // Not a landmark itself: the scrolling list below is the labelled region.
    <div {...slot('root', { state: view })}>
      <div {...slot('title-bar')}>
        <Heading {...slot('title')} id={titleId}>
          {conversation.label}
          {view === 'ready' && (
            <span {...slot('count')}>
              {' · '}
              {conversation.count(counts.messages, format.number(counts.messages))}
              {counts.notes > 0 && ` · ${messages.timeline.notesCount(counts.notes, format.number(counts.notes))}`}
            </span>
          )}
        </Heading>
        {view === 'ready' && handoffIndex >= 0 && (
          <button type="button" {...slot('handoff-jump', { defaults: 'tk-button' })} data-variant="ghost" onClick={jumpToHandoff}>
            {messages.timeline.jumpToHandoff}
          </button>
        )}
      </div>
      {view === 'loading' && (
        <p {...slot('state', { state: 'loading' })} role="status">
          {messages.common.loading}
        </p>
      )}
      {view === 'error' && (
        <div {...slot('state', { state: 'error' })} role="alert">
          <p>{conversation.loadErrorTitle}</p>
          <p>{errorText(timeline.error, messages.common)}</p>
          <button type="button" className={unstyled ? undefined : 'tk-button'} onClick={timeline.refetch}>
            {messages.common.retry}
          </button>
        </div>
      )}
      {view === 'empty' && <p {...slot('state', { state: 'empty' })}>{conversation.empty}</p>}
      {timeline.partialError && view !== 'error' && (
        <p {...slot('partial-error')} role="status">
          {messages.timeline.partialError}
        </p>
      )}
      {view === 'ready' && (
        // A scrollable region must be reachable by keyboard: focus it, then the arrow and page keys scroll it.
        // The browser's own scroll anchoring is off: the virtualizer keeps the reader's place, and both would move it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div {...slot('viewport')} ref={viewportRef} tabIndex={0} role="region" aria-labelledby={titleId} data-testid="conversation-viewport" style={{ overflowAnchor: 'none' }}>
          <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative', inlineSize: '100%' }}>
            <ol
              {...slot('list')}
              aria-labelledby={titleId}
              style={{ position: 'absolute', insetBlockStart: 0, insetInlineStart: 0, inlineSize: '100%', margin: 0, padding: 0, listStyle: 'none', transform: `translateY(${virtualRows[0]?.start ?? 0}px)` }}
            >
              {virtualRows.map((virtualRow) => {
                const row = rows[virtualRow.index]!;
                const { entry } = row;
                return (
                  <li
                    key={virtualRow.key}
                    {...slot('item')}
                    data-index={virtualRow.index}
                    data-kind={entry.kind}
                    data-side={row.side}
                    // The handoff is focused by its jump control.
                    tabIndex={virtualRow.index === handoffIndex ? -1 : undefined}
                    ref={virtualizer.measureElement}
                    aria-setsize={rows.length}
                    aria-posinset={virtualRow.index + 1}
                  >
                    {entry.kind === 'message' ? (
                      <MessageItem message={entry.message} messages={messages} format={format} slot={slot} unstyled={unstyled} groupStart={row.groupStart} handoff={virtualRow.index === handoffIndex} />
                    ) : entry.kind === 'note' ? (
                      <NoteItem note={entry.note} messages={messages} format={format} slot={slot} unstyled={unstyled} />
                    ) : (
                      <ActivityItem activity={entry.activity} messages={messages} words={words} format={format} slot={slot} />
                    )}
                  </li>
                );
              })}
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
