import type { SearchSnippet, Ticket } from '@ticketkit/core';
import { Fragment, type ReactNode } from 'react';
import { VisuallyHidden } from '../parts/visually-hidden';
import { Highlight } from '../parts/highlight';
import type { TicketCellContext } from './columns';
import { formatWait, initials, LONG_WAIT_MS, shortDateTime } from './waiting';

const cls = (unstyled: boolean, name: string) => (unstyled ? undefined : name);

/** The snippet's text with its highlighted ranges in `<mark>`: pieces of text, never HTML. */
export function SnippetText({ snippet, unstyled }: { snippet: SearchSnippet; unstyled: boolean }): ReactNode {
  const pieces: ReactNode[] = [];
  let at = 0;
  const ranges = [...snippet.highlights]
    .filter(([start, end]) => start >= 0 && end > start && end <= snippet.text.length)
    .sort((a, b) => a[0] - b[0]);
  ranges.forEach(([start, end], index) => {
    if (start < at) return; // overlapping ranges: the first one wins
    if (start > at) pieces.push(<Fragment key={`t${index}`}>{snippet.text.slice(at, start)}</Fragment>);
    pieces.push(
      <mark key={`m${index}`} data-slot="highlight" className={cls(unstyled, 'tk-highlight')}>
        {snippet.text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < snippet.text.length) pieces.push(<Fragment key="rest">{snippet.text.slice(at)}</Fragment>);
  return pieces;
}

/** The subject, strongest; under it the ID, small and muted, and why a search matched when it was not the subject. */
export function SubjectCell({ ticket, context }: { ticket: Ticket; context: TicketCellContext }): ReactNode {
  const { search, unstyled, messages } = context;
  const snippet = context.snippets[ticket.id];
  const id = (
    <span data-slot="ticket-list-id" className={cls(unstyled, 'tk-ticket-list-id')}>
      <Highlight text={ticket.id} search={search} unstyled={unstyled} />
    </span>
  );
  return (
    <>
      <span data-slot="ticket-list-subject" className={cls(unstyled, 'tk-ticket-list-subject')} title={ticket.subject}>
        <Highlight text={ticket.subject} search={search} unstyled={unstyled} />
      </span>
      {/* The ID alone is a line of its own (a block's sibling); with a snippet both share the meta line. */}
      {snippet ? (
        <span data-slot="ticket-list-meta" className={cls(unstyled, 'tk-ticket-list-meta')}>
          {id}
          <span data-slot="ticket-list-snippet" data-source={snippet.source} className={cls(unstyled, 'tk-ticket-list-snippet')}>
            <VisuallyHidden>{`${messages.list.snippetSource[snippet.source]}: `}</VisuallyHidden>
            <SnippetText snippet={snippet} unstyled={unstyled} />
          </span>
        </span>
      ) : (
        id
      )}
    </>
  );
}

/**
 * How long the end user has waited for the team, with a mark when they wait for a reply (drawn by the styles, before
 * the text: one element fewer in each of a page's rows); long waits in colour.
 */
export function WaitingCell({ ticket, context }: { ticket: Ticket; context: TicketCellContext }): ReactNode {
  const { unstyled, messages, format, now } = context;
  if (!ticket.waitingSince) {
    return (
      <span data-slot="ticket-list-waiting" data-state="answered" className={cls(unstyled, 'tk-ticket-list-waiting')}>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{messages.list.notWaiting}</VisuallyHidden>
      </span>
    );
  }
  const wait = now - Date.parse(ticket.waitingSince);
  return (
    <span
      data-slot="ticket-list-waiting"
      data-state={wait >= LONG_WAIT_MS ? 'long' : 'waiting'}
      className={cls(unstyled, 'tk-ticket-list-waiting')}
      title={format.dateTime(ticket.waitingSince)}
    >
      <VisuallyHidden>{`${messages.list.needsReply}, `}</VisuallyHidden>
      {messages.list.waiting(formatWait(wait, format.locale))}
    </span>
  );
}

/** The bars of the levels, lit from the left (`M x y h w v h h -w z`, 2.5 wide, 3, 6 and 9 tall). */
const BARS = ['M1 8h2.5v3H1z', 'M5 5h2.5v6H5z', 'M9 2h2.5v9H9z'];
const LIT = { low: 1, normal: 2, high: 3 } as Record<string, number>;

/**
 * Bars for a priority's level, and urgent's exclamation: a shape to scan, the word beside it. Two paths at most (a
 * page draws 25 of these; each element of an SVG is one more to create and lay out).
 */
function PriorityIcon({ level }: { level: string }): ReactNode {
  if (level === 'urgent') {
    return (
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" data-slot="ticket-list-priority-icon">
        {/* A rounded square with the exclamation cut out of it. */}
        <path
          fill="currentColor"
          fillRule="evenodd"
          d="M3 .5h6A2.5 2.5 0 0 1 11.5 3v6A2.5 2.5 0 0 1 9 11.5H3A2.5 2.5 0 0 1 .5 9V3A2.5 2.5 0 0 1 3 .5zM6 2.5a.75.75 0 0 0-.75.75v3a.75.75 0 0 0 1.5 0v-3A.75.75 0 0 0 6 2.5zm0 5.6a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8z"
        />
      </svg>
    );
  }
  const lit = LIT[level] ?? 2;
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" data-slot="ticket-list-priority-icon">
      <path fill="currentColor" d={BARS.slice(0, lit).join('')} />
      {lit < BARS.length && <path fill="currentColor" opacity={0.3} d={BARS.slice(lit).join('')} />}
    </svg>
  );
}

/** Priority as an icon and its word; colour only for the levels that ask for attention (high, urgent). */
export function PriorityCell({ ticket, context }: { ticket: Ticket; context: TicketCellContext }): ReactNode {
  const level = context.words.level(ticket.priority);
  return (
    <span data-slot="ticket-list-priority" data-level={level} data-priority={ticket.priority} className={cls(context.unstyled, 'tk-ticket-list-priority')}>
      <PriorityIcon level={level} />
      {context.words.priority(ticket.priority)}
    </span>
  );
}

/** The assignee's initials in a circle and their name; "Unassigned" muted. */
export function AssigneeCell({ ticket, context }: { ticket: Ticket; context: TicketCellContext }): ReactNode {
  const { unstyled, messages } = context;
  if (!ticket.assignee) {
    return (
      <span data-slot="ticket-list-assignee" data-state="unassigned" className={cls(unstyled, 'tk-ticket-list-assignee')}>
        {messages.list.unassigned}
      </span>
    );
  }
  return (
    <span data-slot="ticket-list-assignee" data-state="assigned" className={cls(unstyled, 'tk-ticket-list-assignee')} title={ticket.assignee.name}>
      <span data-slot="ticket-list-avatar" className={cls(unstyled, 'tk-ticket-list-avatar')} aria-hidden="true">
        {initials(ticket.assignee.name)}
      </span>
      <span data-slot="ticket-list-assignee-name" className={cls(unstyled, 'tk-ticket-list-assignee-name')}>
        {ticket.assignee.name}
      </span>
    </span>
  );
}

/** A date short enough for its column (the time for today), the whole date and time a hover away. */
export function DateCell({ iso, context }: { iso: string; context: TicketCellContext }): ReactNode {
  const { format, now } = context;
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {shortDateTime(iso, now, format.locale, format.timeZone)}
    </time>
  );
}
