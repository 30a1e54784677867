import { foldSearchText, type SearchSnippet, type Ticket } from '@ticketkit/core';
import { searchSnippet, type SnippetSource } from '@ticketkit/core/memory';
import type { Queryable } from './database';

/** At most this many messages, and this many notes, of a ticket are read for its snippet. */
const RECORDS_PER_TICKET = 200;

/** What a ticket shows in the list, where a search word needs no snippet: its ID, subject and requester. */
function listHead(ticket: Ticket): string {
  return `${ticket.id} ${ticket.subject} ${ticket.requester.name} ${ticket.requester.email}`;
}

/**
 * The snippets of a page of search results: for each ticket whose ID, subject and requester lack a search word, an
 * excerpt of the first message (else note) holding the most of the words they lack, as the memory adapter does.
 * `undefined` when no ticket of the page needs one.
 */
export async function searchSnippets(
  db: Queryable,
  tickets: readonly Ticket[],
  words: readonly string[],
): Promise<Record<string, SearchSnippet> | undefined> {
  if (words.length === 0) return undefined;
  const head = (ticket: Ticket) => foldSearchText(listHead(ticket));
  const wanted = tickets.filter((ticket) => !words.every((word) => head(ticket).includes(word)));
  if (wanted.length === 0) return undefined;
  // The first messages, then the first notes, of each ticket in order (every viewer of the API may see notes).
  const rows = await db.query<{ ticket_id: string; source: 'message' | 'note'; body: string }>(
    `SELECT x.ticket_id, x.source, x.body
     FROM unnest($1::text[]) AS p(id)
     CROSS JOIN LATERAL (
       (SELECT m.ticket_id, 'message' AS source, m.body FROM messages m WHERE m.ticket_id = (p.id COLLATE "C")
        ORDER BY m.created_at, m.position LIMIT $2)
       UNION ALL
       (SELECT n.ticket_id, 'note' AS source, n.body FROM notes n WHERE n.ticket_id = (p.id COLLATE "C")
        ORDER BY n.created_at, n.position LIMIT $2)
     ) x`,
    [wanted.map((ticket) => ticket.id), RECORDS_PER_TICKET],
  );
  const sources = new Map<string, SnippetSource[]>();
  for (const row of rows) {
    const list = sources.get(row.ticket_id);
    const source = { source: row.source, body: row.body };
    if (list) list.push(source);
    else sources.set(row.ticket_id, [source]);
  }
  const snippets: Record<string, SearchSnippet> = {};
  for (const ticket of wanted) {
    // Messages come before notes: a message wins a tie (core's rule, the memory adapter's too).
    const list = (sources.get(ticket.id) ?? []).sort((a, b) => (a.source === b.source ? 0 : a.source === 'message' ? -1 : 1));
    const snippet = searchSnippet(words, listHead(ticket), list);
    if (snippet) snippets[ticket.id] = snippet;
  }
  return Object.keys(snippets).length > 0 ? snippets : undefined;
}
