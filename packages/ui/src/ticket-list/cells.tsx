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
  return (
    <>
      <span data-slot="ticket-list-subject" className={cls(unstyled, 'tk-ticket-list-subject')} title={ticket.subject}>
        <Highlight text={ticket.subject} search={search} unstyled={unstyled} />
      </span>
      <span data-slot="ticket-list-meta" className={cls(unstyled, 'tk-ticket-list-meta')}>
        <span data-slot="ticket-list-id" className={cls(unstyled, 'tk-ticket-list-id')}>
          <Highlight text={ticket.id} search={search} unstyled={unstyled} />
        </span>
        {snippet && (
          <span data-slot="ticket-list-snippet" data-source={snippet.source} className={cls(unstyled, 'tk-ticket-list-snippet')}>
            <VisuallyHidden>{`${messages.list.snippetSource[snippet.source]}: `}</VisuallyHidden>
            <SnippetText snippet={snippet} unstyled={unstyled} />
          </span>
        )}
      </span>
    </>
  );
}

/** How long the end user has waited for the team, with a mark when they wait for a reply; long waits in colour. */
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
      <span data-slot="ticket-list-reply-mark" className={cls(unstyled, 'tk-ticket-list-reply-mark')} aria-hidden="true" />
      <VisuallyHidden>{`${messages.list.needsReply}, `}</VisuallyHidden>
      {messages.list.waiting(formatWait(wait, format.locale))}
    </span>
  );
}

/** Bars for a priority's level, and urgent's exclamation: a shape to scan, the word beside it. */
function PriorityIcon({ level }: { level: string }): ReactNode {
  if (level === 'urgent') {
    return (
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" data-slot="ticket-list-priority-icon">
        <rect x="0.5" y="0.5" width="11" height="11" rx="2.5" fill="currentColor" />
        <rect x="5.25" y="2.5" width="1.5" height="4.5" rx="0.75" fill="var(--tk-bg)" />
        <circle cx="6" cy="9" r="0.9" fill="var(--tk-bg)" />
      </svg>
    );
  }
  const filled = { low: 1, normal: 2, high: 3 }[level] ?? 2;
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" data-slot="ticket-list-priority-icon">
      {[0, 1, 2].map((bar) => (
        <rect key={bar} x={1 + bar * 4} y={8 - bar * 3} width="2.5" height={3 + bar * 3} rx="0.75" fill="currentColor" opacity={bar < filled ? 1 : 0.3} />
      ))}
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
