import type { SearchSnippet, Ticket } from '@ticketkit/core';
import type { ReactNode } from 'react';
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
    if (start > at) pieces.push(snippet.text.slice(at, start));
    pieces.push(
      <mark key={`m${index}`} data-slot="highlight" className={cls(unstyled, 'tk-highlight')}>
        {snippet.text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < snippet.text.length) pieces.push(snippet.text.slice(at));
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

/**
 * Priority as an icon and its word; colour only for the levels that ask for attention (high, urgent). The icon (bars
 * for the level, urgent's exclamation) is drawn by the styles from `data-level`: a page draws 25 of these, and an SVG
 * is three more elements in each row to create, style and lay out.
 */
export function PriorityCell({ ticket, context }: { ticket: Ticket; context: TicketCellContext }): ReactNode {
  return (
    <span
      data-slot="ticket-list-priority"
      data-level={context.words.level(ticket.priority)}
      data-priority={ticket.priority}
      className={cls(context.unstyled, 'tk-ticket-list-priority')}
    >
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
